// @vitest-environment happy-dom
// The virtual list's rows on a re-render: a scroll moves the window, and rows still in it are not rendered again.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { VirtualTurnList } from '../../components/VirtualTurnList';

afterEach(cleanup);

function list(renderItem: (index: number) => preact.ComponentChildren) {
  return <VirtualTurnList count={1_000} focusIndex={0} renderItem={renderItem} keyOf={(index) => `turn-${index}`} />;
}

test('a re-render with the same renderItem renders no row again; a new renderItem renders every row in the window', () => {
  const rendered: number[] = [];
  const renderItem = (index: number) => {
    rendered.push(index);
    return <p>turn {index + 1}</p>;
  };
  const { rerender, container } = render(<div class="panel-body">{list(renderItem)}</div>);
  const shown = container.querySelectorAll('.virtual-row').length;
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(1_000);
  const renders = rendered.length;

  rerender(<div class="panel-body">{list(renderItem)}</div>);
  expect(rendered).toHaveLength(renders);
  expect(container.querySelector('.virtual-row p')?.textContent).toBe('turn 1');

  const next = (index: number) => <p>turn {index + 1}, again</p>;
  rerender(<div class="panel-body">{list(next)}</div>);
  const texts = [...container.querySelectorAll('.virtual-row p')].map((row) => row.textContent);
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.every((text) => text?.endsWith(', again'))).toBe(true);
});
