import * as React from "react";
import { useFriendlyError } from "../friendlyError";

export interface Action {
  /** The friendly text of what the last action threw, in the pane's language; null once another starts. */
  error: string | null;
  /** Whether an action run by this hook is still running. */
  busy: boolean;
  /**
   * Runs an action: clears the message, is busy until it ends, and turns whatever it throws into
   * the message (`about`: what it worked on, named first). Never rejects: resolves to what the
   * action returned, or undefined if it threw.
   */
  run: <T>(action: () => Promise<T>, about?: string) => Promise<T | undefined>;
  /** Sets or clears the message (for a panel's actions that share one). */
  setError: React.Dispatch<React.SetStateAction<string | null>>;
}

/**
 * The pane's one way to run what can fail: a panel shows `error` and never catches on its own.
 * Given another Action, this one keeps its own busy flag but shares that one's message, so that a
 * panel with several things to be busy with still has one message.
 */
export function useAction(sharing?: Action): Action {
  const friendly = useFriendlyError();
  const [ownError, setOwnError] = React.useState<string | null>(null);
  // A count, not a flag: an action started while another runs must not end the other's busy state.
  const [running, setRunning] = React.useState(0);
  const setError = sharing?.setError ?? setOwnError;

  async function run<T>(action: () => Promise<T>, about?: string): Promise<T | undefined> {
    setError(null);
    setRunning((n) => n + 1);
    try {
      return await action();
    } catch (e) {
      setError(friendly(e, about));
      return undefined;
    } finally {
      setRunning((n) => n - 1);
    }
  }

  return { error: sharing ? sharing.error : ownError, busy: running > 0, run, setError };
}
