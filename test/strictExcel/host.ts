/**
 * A strict in-memory Excel for tests, the benchmark and `npm run excel-trace`: no Excel runs on
 * this machine, so this host stands in for it and must be at least as strict as Excel. It installs
 * `Office` and `Excel` globals whose objects queue operations until context.sync() (api.ts), runs
 * them in order against a workbook that enforces Excel's rules (model.ts), and records:
 *
 * - the bytes of every request and response, as the JSON of what is sent and received; either over
 *   5 MB fails the sync (PR concepts/resource-limits-and-performance-optimization.md: "Excel on the
 *   web has a payload size limit for requests and responses of 5MB"; the error codes are
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, PR testing/application-specific-api-error-handling.md).
 *   Desktop Excel has no such limit: applying it to every profile is stricter, not more lenient;
 * - a trace of the operations, one record each (the excel-trace format);
 * - requirement sets: each member runs only if the profile supports its set (else ApiNotFound).
 *
 * A failed sync is applied as Excel applies a batch: the operations before the failing one have
 * taken effect, the rest have not. No Microsoft text says so; the error's debugInfo names the
 * failing statement and the ones around it, i.e. statements run one by one, and there is no
 * rollback API. A request over the size limit is refused whole, before anything runs.
 */
import {
  NamedItemCollectionProxy,
  type Op,
  PivotTableCollectionProxy,
  type Queue,
  SettingCollectionProxy,
  SlicerCollectionProxy,
  TableCollectionProxy,
  WorksheetCollectionProxy,
} from "./api";
import { type CustomFunctions, ExcelError, SETTINGS_LIMIT_BYTES, WorkbookModel } from "./model";
import { entitiesSupported } from "./entity";
import { type HostProfile, PROFILES, supports } from "./profiles";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Fail sync `sync` at one of its operations (by default the middle one). */
export interface InjectedFailure {
  sync: number;
  at?: "first" | "middle" | "last" | number;
}

const encoder = new TextEncoder();
const utf8 = (s: string) => encoder.encode(s).length;

/**
 * One Excel.run's queue of operations. Each Excel.run has its own request context, and a
 * context.sync() sends that context's queued operations only (REF office-js-docs-pr
 * docs/excel/excel-add-ins-core-concepts.md, "Request context"; docs/develop/application-specific-api-model.md,
 * "sync()"): two runs in flight never send each other's operations, but their syncs reach the
 * workbook one after another, in the order they are made.
 */
class RunQueue implements Queue {
  ops: Op[] = [];
  constructor(
    readonly model: WorkbookModel,
    readonly view: { active: string; selected: string }
  ) {}
  enqueue(op: Op): void {
    this.ops.push(op);
  }
}

export class StrictExcelHost {
  readonly model: WorkbookModel;
  syncs = 0;
  requests: number[] = [];
  responses: number[] = [];
  /** One record per executed operation (and one per sync), for excel-trace. */
  trace: Array<Record<string, unknown>> = [];
  fail: InjectedFailure | null = null;
  /**
   * The pane's copy of the document's settings, as Office.context.document.settings holds them:
   * taken when the add-in starts (install, reopen) and at refreshAsync. See install().
   */
  private commonSettings = new Map<string, unknown>();
  /** Make Office.context.document.settings.saveAsync report failure. */
  failSaveAsync = false;
  active = "";
  selected = "";
  calculations = 0;
  /**
   * The user is editing a cell. Excel then refuses every batch, and none of it runs: "The
   * operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter
   * or Tab keys, or by selecting another cell, and then try again." (PR
   * docs/testing/application-specific-api-error-handling.md, InvalidOperationInCellEditMode;
   * REF excel.runoptions.yml, delayForCellEdit: "When false, if the user is in cell edit when the
   * batch request is processed by the host, the batch automatically fails", false by default.)
   */
  editingCell = false;
  /** The syncs Excel refused for a cell edit. */
  refusedForCellEdit = 0;

  constructor(
    readonly profile: HostProfile = PROFILES.web,
    customFunctions: Record<string, (...args: unknown[]) => unknown> = {}
  ) {
    const fns: CustomFunctions = new Map(
      Object.entries(customFunctions).map(([k, f]) => [k.toUpperCase(), f as never])
    );
    this.model = new WorkbookModel(
      profile.lambda,
      fns,
      entitiesSupported(profile) ? profile : null
    );
  }

  private failureIndex(n: number, count: number): number {
    if (!this.fail || this.fail.sync !== n || count === 0) return -1;
    const at = this.fail.at ?? "middle";
    return at === "first"
      ? 0
      : at === "last"
        ? count - 1
        : at === "middle"
          ? Math.floor(count / 2)
          : Math.min(at, count - 1);
  }

  /** context.sync() of one run: its queued operations, in one request. */
  async sync(q: RunQueue): Promise<void> {
    const ops = q.ops;
    q.ops = [];
    if (this.editingCell) {
      this.refusedForCellEdit++;
      throw new ExcelError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in Edit cell mode."
      );
    }
    const n = ++this.syncs;
    const requestBytes = utf8(JSON.stringify(ops.map((o) => o.wire)));
    this.requests.push(requestBytes);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.responses.push(0);
      throw new ExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`
      );
    }
    const failAt = this.failureIndex(n, ops.length);
    const commits: Array<() => void> = [];
    const responses: unknown[] = [];
    try {
      ops.forEach((op, i) => {
        if (i === failAt)
          throw new ExcelError(
            "GeneralException",
            `simulated failure of sync ${n} at operation ${i + 1} of ${ops.length} (${op.member})`
          );
        const [set, version] = op.requires.includes(" ")
          ? op.requires.split(" ")
          : ["ExcelApi", op.requires];
        if (!supports(this.profile, set, version))
          throw new ExcelError(
            "ApiNotFound",
            `${op.member} needs ${set} ${version}; this Excel (${this.profile.label}) has ${set} ${this.profile.sets[set] ?? "none"}.`
          );
        const result = op.run();
        if (result?.response !== undefined) responses.push(result.response);
        if (result?.commit) commits.push(result.commit);
      });
      // Traced once the batch has run, as Excel applies it: a conditional format added and then
      // given its formula, fill and priority in the same batch is traced with all of them. An
      // operation with no record of its own is traced by its member, target and arguments: the
      // trace shows every operation queued.
      for (const op of ops) {
        const record = op.trace ? op.trace() : genericRecord(op);
        if (record) this.trace.push({ sync: n, ...record });
      }
    } catch (e) {
      this.responses.push(0);
      this.model.changed();
      throw e;
    }
    const responseBytes = utf8(JSON.stringify(responses));
    this.responses.push(responseBytes);
    if (responseBytes > PAYLOAD_LIMIT_BYTES)
      throw new ExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`
      );
    commits.forEach((c) => c());
    this.trace.push({ op: "sync", sync: n, requestBytes, responseBytes });
  }

  /** A fresh request context over its own queue, as Excel.run gives each batch. */
  newContext(q: RunQueue = new RunQueue(this.model, this)) {
    const host = this;
    const worksheets = new WorksheetCollectionProxy(q, () => this.model, "worksheets");
    const tables = new TableCollectionProxy(q, () => this.model, "tables");
    const names = new NamedItemCollectionProxy(q, () => this.model, "names");
    const pivotTables = new PivotTableCollectionProxy(q, () => this.model, "pivotTables");
    const settings = new SettingCollectionProxy(q, () => this.model, "settings");
    const slicers = new SlicerCollectionProxy(q, () => this.model, "slicers");
    const application = {
      /** ExcelApi 1.6 (REF excel-api-1-6-requirement-set.md). */
      suspendApiCalculationUntilNextSync: () =>
        q.enqueue({
          member: "Application.suspendApiCalculationUntilNextSync",
          requires: "1.6",
          wire: { m: "suspendApiCalculationUntilNextSync" },
          run: () => undefined,
        }),
      /** ExcelApi 1.1. */
      calculate: (type: string) =>
        q.enqueue({
          member: "Application.calculate",
          requires: "1.1",
          wire: { m: "calculate", a: [type] },
          run: () => void host.calculations++,
        }),
    };
    return {
      /** The queue this context's operations wait in (tests look at what is pending). */
      queue: q,
      sync: () => host.sync(q),
      application,
      workbook: {
        worksheets,
        tables,
        names,
        pivotTables,
        settings,
        slicers,
        application,
      },
    };
  }

  /** Excel.run: the batch function's queued operations must all be synced before it returns. */
  async run<T>(batch: (context: StrictContext) => Promise<T>): Promise<T> {
    const q = new RunQueue(this.model, this);
    try {
      const result = await batch(this.newContext(q));
      if (q.ops.length) {
        const pending = q.ops
          .map((o) => o.member)
          .slice(0, 5)
          .join(", ");
        q.ops = [];
        throw new Error(
          `Excel.run returned with ${pending}… queued after the last context.sync(): they would run unchecked.`
        );
      }
      return result;
    } finally {
      q.ops = [];
    }
  }

  /**
   * The document's settings: one store, whichever API reads or writes it. Workbook.settings
   * (Excel.SettingCollection) "is equivalent to Office.Settings" (PR
   * requirement-sets/excel/excel-api-1-4-requirement-set.md), and office.js registers Excel's
   * settings-changed event through Office.context.document.settings: no Microsoft text says they
   * are two stores, so the host keeps one (WorkbookModel.settings), which is the worst case for a
   * writer that uses both.
   */
  get documentSettings(): Map<string, unknown> {
    return this.model.settings;
  }

  /** Everything a user could see, as plain data (deep-equal snapshots = the same workbook). */
  snapshot() {
    return JSON.parse(JSON.stringify(this.model.snapshot())) as ReturnType<
      WorkbookModel["snapshot"]
    >;
  }

  /**
   * The workbook saved, closed and opened again (WorkbookModel.reopen: ids renumbered). What ran
   * in memory is gone: the selection, the pane's copy of the settings (taken again, as Office
   * loads it "from the document at the time the user opened it"); a test that starts the add-in's
   * modules afresh (jest.isolateModules) has their in-memory state gone too.
   */
  reopen(): this {
    this.model.reopen();
    this.active = "";
    this.selected = "";
    this.calculations = 0;
    this.commonSettings = cloneSettings(this.model.settings);
    return this;
  }

  /** Installs `Office` and `Excel` globals backed by this host. */
  install(): this {
    const host = this;
    this.commonSettings = cloneSettings(this.model.settings);
    Object.assign(globalThis, {
      Office: {
        AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
        HostType: { Excel: "Excel" },
        onReady: (cb?: (info: unknown) => void) => {
          const info = { host: "Excel", platform: host.profile.diagnostics.platform };
          cb?.(info);
          return Promise.resolve(info);
        },
        context: {
          diagnostics: host.profile.diagnostics,
          displayLanguage: "en-US",
          requirements: {
            isSetSupported: (set: string, version?: string) => supports(host.profile, set, version),
          },
          // Office.Settings (Common API) is a copy in memory: get, set and remove act on it;
          // refreshAsync reads the copy again ("Reads all settings persisted in the document and
          // refreshes the content add-in's copy of those settings held in memory", REF
          // office.settings.yml), which is otherwise as "loaded from the document at the time the
          // user opened it"; saveAsync "Persists the in-memory copy of the settings property bag
          // in the document": the whole copy over the document's settings, a key written there
          // since by Workbook.settings included.
          document: {
            settings: {
              get: (k: string) => (host.commonSettings.has(k) ? host.commonSettings.get(k) : null),
              set: (k: string, v: unknown) =>
                host.commonSettings.set(k, JSON.parse(JSON.stringify(v))),
              remove: (k: string) => host.commonSettings.delete(k),
              refreshAsync: (cb?: (r: unknown) => void) => {
                host.commonSettings = cloneSettings(host.model.settings);
                cb?.({ status: "succeeded" });
              },
              // Past 2 MB for the add-in (REF office-js-docs-pr reference/shared/settings.set.md:
              // "A maximum of 2MB is available for the settings of each add-in"), the save fails as
              // error 4001 does (REF docs/reference/javascript-api-for-office-error-codes.md: "The
              // settings could not be saved."); real Office may even lose the value, which is worse.
              saveAsync: (cb?: (r: unknown) => void) => {
                if (host.failSaveAsync || settingsBytes(host.commonSettings) > SETTINGS_LIMIT_BYTES)
                  return cb?.({
                    status: "failed",
                    error: { code: 4001, message: "The settings could not be saved." },
                  });
                host.model.settings = cloneSettings(host.commonSettings);
                host.model.changed();
                cb?.({ status: "succeeded" });
              },
            },
          },
        },
      },
      Excel: {
        run: <T>(batch: (c: unknown) => Promise<T>) => host.run(batch as never),
        ConditionalFormatType: { custom: "Custom", colorScale: "ColorScale" },
        ConditionalFormatColorCriterionType: {
          lowestValue: "LowestValue",
          highestValue: "HighestValue",
          number: "Number",
          percent: "Percent",
          formula: "Formula",
          percentile: "Percentile",
        },
        ChartType: {
          barClustered: "BarClustered",
          line: "Line",
          columnClustered: "ColumnClustered",
        },
        ChartSeriesBy: { columns: "Columns", rows: "Rows", auto: "Auto" },
        ChartLegendPosition: { bottom: "Bottom", right: "Right" },
        ClearApplyTo: { all: "All", contents: "Contents", formats: "Formats" },
        CalculationType: { full: "Full", recalculate: "Recalculate" },
      },
    });
    return this;
  }
}

/** The request context Excel.run passes to a batch. */
export type StrictContext = ReturnType<StrictExcelHost["newContext"]>;

export { PROFILES } from "./profiles";
export type { HostProfile } from "./profiles";

/** The Common API's per-add-in settings limit, in bytes (see saveAsync above). */
export { SETTINGS_LIMIT_BYTES };

/** The settings' size: their JSON, two bytes a UTF-16 code unit. */
export function settingsBytes(settings: ReadonlyMap<string, unknown>): number {
  return JSON.stringify(Object.fromEntries(settings)).length * 2;
}

const cloneSettings = (settings: ReadonlyMap<string, unknown>) =>
  new Map(JSON.parse(JSON.stringify([...settings])) as Array<[string, unknown]>);

/** The trace record of an operation that gives none: its member, what it acts on, its arguments. */
function genericRecord(op: Op): Record<string, unknown> {
  const wire = op.wire as { p?: string; a?: unknown[] } | undefined;
  return {
    op: op.member,
    ...(wire?.p ? { target: wire.p } : {}),
    ...(wire?.a?.length ? { args: wire.a } : {}),
  };
}
