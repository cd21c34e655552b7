import type { MessageChange, TurnChanges } from '../lib/analysis/turn-changes';
import type { ChangesState } from '../lib/panel/controller';
import type { Turn } from '../lib/model';

/**
 * What changed for the model since the turn before: asked for when opened (it reads both turns' spans), the
 * two answers compared word by word on a further request.
 */
export function TurnChangesSection({ turn, changes, onOpen }: { turn: Turn; changes: ChangesState | undefined; onOpen: () => void }) {
  return (
    <details
      class="turn-changes"
      data-testid="turn-changes"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) onOpen();
      }}
    >
      <summary>What changed since turn {turn.index - 1}</summary>
      {changes?.kind === 'ready' ? (
        <ChangeList changes={changes.changes} />
      ) : changes?.kind === 'error' ? (
        <p class="hint" role="alert">
          Could not compare the turns: {changes.error.message}
        </p>
      ) : (
        <p class="status">Reading both turns' spans…</p>
      )}
    </details>
  );
}

function ChangeList({ changes }: { changes: TurnChanges }) {
  const { context, systemPrompt, documents, toolCalls, answers } = changes;
  const before = `turn ${changes.previousIndex}`;
  const documentItems = [
    ['Retrieved now, not in ' + before, documents.added, 'documents-added'],
    ['Retrieved in ' + before + ', not now', documents.removed, 'documents-removed'],
    ['Retrieved again, with other text', documents.changed, 'documents-changed'],
  ] as const;
  return (
    <>
      <ul class="changes">
        {context === null ? (
          <li>One of the two turns gave the model no message list: what it saw cannot be compared.</li>
        ) : (
          <>
            <li data-testid="context-dropped">
              <strong>Left the model's input:</strong> {context.dropped.length === 0 ? 'nothing' : <Messages list={context.dropped} />}
            </li>
            <li data-testid="context-added">
              <strong>New in the model's input:</strong> {context.added.length === 0 ? 'nothing' : <Messages list={context.added} />}
            </li>
          </>
        )}
        {systemPrompt && (
          <li data-testid="system-prompt-changed">
            <strong>System prompt changed:</strong> “{systemPrompt.before}” → “{systemPrompt.after}”
          </li>
        )}
        {documentItems.map(
          ([title, list, testId]) =>
            list.length > 0 && (
              <li key={testId} data-testid={testId}>
                <strong>{title}:</strong>{' '}
                <ul>
                  {list.map((document) => (
                    <li key={document.id}>
                      {document.id}: {document.text}
                    </li>
                  ))}
                </ul>
              </li>
            ),
        )}
        <li data-testid="tools-called">
          <strong>Tools called:</strong> {toolCalls.length === 0 ? 'none' : toolCalls.map((call) => call.name).join(', ')}
        </li>
      </ul>
      <details class="answer-diff" data-testid="answer-diff">
        <summary>Compare the two answers word by word</summary>
        <p>
          {answers.map((part, index) =>
            part.kind === 'same' ? (
              part.text
            ) : part.kind === 'removed' ? (
              <del key={index}>{part.text}</del>
            ) : (
              <ins key={index}>{part.text}</ins>
            ),
          )}
        </p>
      </details>
    </>
  );
}

function Messages({ list }: { list: readonly MessageChange[] }) {
  return (
    <ol class="change-messages">
      {list.map((message, index) => (
        <li key={index}>
          <span class="change-role">{message.role}</span> {message.text}
        </li>
      ))}
    </ol>
  );
}
