import * as React from "react";
import { useFriendlyError } from "../friendlyError";

/** What the last action threw, and what it worked on: kept as it is, said in the pane's language. */
interface Failure {
  error: unknown;
  about?: string;
}

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
  /** Clears the message (for a panel's actions that share one). */
  clearError: () => void;
  /** The failure itself, for an Action that shares this one's message. */
  failure: Failure | null;
  setFailure: React.Dispatch<React.SetStateAction<Failure | null>>;
}

/**
 * The pane's one way to run what can fail: a panel shows `error` and never catches on its own.
 * Given another Action, this one keeps its own busy flag but shares that one's message, so that a
 * panel with several things to be busy with still has one message. The error is kept, not its
 * text, so a language switch says it again in the other language.
 */
export function useAction(sharing?: Action): Action {
  const friendly = useFriendlyError();
  const [ownFailure, setOwnFailure] = React.useState<Failure | null>(null);
  // A count, not a flag: an action started while another runs must not end the other's busy state.
  const [running, setRunning] = React.useState(0);
  const setFailure = sharing?.setFailure ?? setOwnFailure;
  const failure = sharing ? sharing.failure : ownFailure;

  async function run<T>(action: () => Promise<T>, about?: string): Promise<T | undefined> {
    setFailure(null);
    setRunning((n) => n + 1);
    try {
      return await action();
    } catch (error) {
      setFailure({ error, about });
      return undefined;
    } finally {
      setRunning((n) => n - 1);
    }
  }

  return {
    error: failure ? friendly(failure.error, failure.about) : null,
    busy: running > 0,
    run,
    clearError: () => setFailure(null),
    failure,
    setFailure,
  };
}
