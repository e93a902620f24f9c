import { readFileSync } from "node:fs";
import { join } from "node:path";
import { manifestProblems, referenceProblems } from "../../scripts/manifestCheck";

const MANIFEST = join(__dirname, "../../manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");

describe("manifest.xml", () => {
  it("passes the XSD (xmllint), names only existing resources and asks for least privilege", () => {
    expect(manifestProblems(MANIFEST)).toEqual([]);
  });

  it("declares a shared runtime directly after <Host>, with one resid for the page", () => {
    expect(xml).toMatch(
      /<Host xsi:type="Workbook">\s*<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>/
    );
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(
      /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>/
    );
  });

  it("opens one task pane: every ShowTaskpane action carries the same TaskpaneId, on the shared page", () => {
    // learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime,
    // "Multiple task panes": a shared runtime supports one task pane, and "any task pane without a
    // <TaskpaneId> is considered a different task pane". So each action names the same id.
    const actions = [...xml.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)].map(
      (m) => m[1]
    );
    expect(actions.length).toBeGreaterThan(0);
    const ids = actions.map((a) => /<TaskpaneId>([^<]+)<\/TaskpaneId>/.exec(a)?.[1] ?? null);
    expect(ids.every((id) => id !== null && id === ids[0])).toBe(true);
    for (const a of actions) expect(a).toMatch(/<SourceLocation resid="Taskpane.Url"\/>/);
  });

  it("registers the custom functions under the EDU namespace with functions.json", () => {
    expect(xml).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="EDU"\/>/);
    expect(xml).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">/
    );
  });

  it("has 16, 32 and 80 px icons in assets/", () => {
    for (const size of [16, 32, 80]) {
      expect(xml).toContain(`assets/icon-${size}.png`);
      const png = readFileSync(join(__dirname, `../../assets/icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
    }
  });

  it("the checker notices a resid that names nothing, a broader permission and AppDomains", () => {
    const broken = xml
      .replace('resid="Functions.Namespace"', 'resid="Functions.Nope"')
      .replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadWriteMailbox</Permissions>"
      )
      .replace(
        "<Hosts>",
        "<AppDomains><AppDomain>https://example.org</AppDomain></AppDomains><Hosts>"
      );
    expect(referenceProblems(broken).map((p) => p.check)).toEqual([
      "resid",
      "permissions",
      "appdomains",
    ]);
  });
});

describe("the manifest in Kazakh", () => {
  it("every text with a Russian override has a Kazakh one (kk-KZ), in Kazakh", () => {
    const overridden = [
      ...xml.matchAll(/<((?:bt:)?String|DisplayName|Description)\b[^>]*>([\s\S]*?)<\/\1>/g),
    ]
      .map((m) => m[2])
      .filter((inner) => inner.includes('Locale="ru-RU"'));
    expect(overridden.length).toBe(7);
    for (const inner of overridden) {
      const kk = /Locale="kk-KZ" Value="([^"]*)"/.exec(inner)?.[1];
      expect({ inner, kazakh: kk !== undefined && /[әғқңөұүһі]/i.test(kk) }).toEqual({
        inner,
        kazakh: true,
      });
    }
  });
});
