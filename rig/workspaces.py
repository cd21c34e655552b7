"""A session in the workspace the client is set to (MLFLOW_WORKSPACE), with the same session id in every
workspace: each workspace's panel must show only its own turns."""

import os
import time

import mlflow

SESSION_KEY = "mlflow.trace.session"
SHARED_SESSION_ID = "sess-shared"


def seed_workspace(tracking_uri):
    workspace = os.environ.get("MLFLOW_WORKSPACE", "default")
    experiment_id = mlflow.set_experiment(f"Sessions of {workspace}").experiment_id
    turns = []
    for index in range(3):
        question, answer = f"[{workspace}] question {index + 1}", f"[{workspace}] answer {index + 1}"

        @mlflow.trace(name="chat")
        def chat(question: str) -> str:
            mlflow.update_current_trace(metadata={SESSION_KEY: SHARED_SESSION_ID})
            return answer

        chat(question)
        turns.append({"traceId": mlflow.get_last_active_trace_id(), "input": question, "output": answer})
        time.sleep(0.01)
    mlflow.flush_trace_async_logging()
    # A wrong last answer gives the panel a root-cause candidate to confirm: a write into this workspace.
    mlflow.log_feedback(trace_id=turns[-1]["traceId"], name="correctness", value="no", rationale=f"[{workspace}] wrong")
    return {"workspace": workspace, "experimentId": experiment_id, "sessionId": SHARED_SESSION_ID, "turns": turns}
