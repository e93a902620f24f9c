/**
 * Offline manifest validation: the XSD (xmllint; `office-addin-manifest validate` needs an online
 * service), every resid names a resource, resource ids ≤ 32 characters, least privilege.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findSchemas, findXmllint, REQUIRE_ENGINES, skipLine } from "./engines";

export interface ManifestProblem {
  check: string;
  message: string;
}

/**
 * The XSD check, where the schemas and xmllint are found (scripts/engines.ts). Elsewhere it is
 * skipped, and the returned note says so; with REQUIRE_ENGINES=1 the absence is a problem.
 */
export function schemaCheck(manifestPath: string): {
  problems: ManifestProblem[];
  skipped?: string;
} {
  const schemas = findSchemas();
  const xmllint = findXmllint();
  const missing = !schemas.found ? schemas : !xmllint.found ? xmllint : null;
  if (missing) {
    if (REQUIRE_ENGINES)
      return { problems: [{ check: "xsd", message: `${missing.why} (REQUIRE_ENGINES=1)` }] };
    return { problems: [], skipped: skipLine("the manifest's XSD check", missing) };
  }
  return { problems: schemaProblems(manifestPath, (schemas as { path: string }).path) };
}

export function schemaProblems(manifestPath: string, schema: string): ManifestProblem[] {
  const r = spawnSync("xmllint", ["--noout", "--schema", schema, manifestPath], {
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.error)
    return [
      {
        check: "xsd",
        message: `xmllint could not run: ${r.error.message} (install libxml2-utils)`,
      },
    ];
  if (r.status === 0) return [];
  return r.stderr
    .split("\n")
    .filter((l) => l.trim() && !l.includes("fails to validate"))
    .map((message) => ({ check: "xsd", message }));
}

export function referenceProblems(xml: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const ids = new Set(
    [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1])
  );
  for (const id of ids)
    if (id.length > 32)
      problems.push({
        check: "resid",
        message: `resource id '${id}' is longer than 32 characters`,
      });
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!ids.has(m[1]))
      problems.push({ check: "resid", message: `resid '${m[1]}' names no resource` });
  }
  const permissions = /<Permissions>([^<]+)<\/Permissions>/.exec(xml)?.[1];
  if (permissions !== "ReadWriteDocument") {
    problems.push({
      check: "permissions",
      message: `Permissions is '${permissions}', expected ReadWriteDocument (least privilege)`,
    });
  }
  if (/<AppDomains>/.test(xml))
    problems.push({
      check: "appdomains",
      message: "AppDomains is declared but no other domain is used",
    });
  return problems;
}

/** Every problem: the XSD (where it can run, see schemaCheck) and the structural checks, which always run. */
export function manifestProblems(manifestPath: string): ManifestProblem[] {
  const xsd = schemaCheck(manifestPath);
  if (xsd.skipped) process.stderr.write(`${xsd.skipped}\n`);
  return [...xsd.problems, ...referenceProblems(readFileSync(manifestPath, "utf8"))];
}

if (require.main === module) {
  const files = process.argv.slice(2);
  const targets = files.length ? files : [join(__dirname, "../manifest.xml")];
  let failed = false;
  for (const file of targets) {
    const problems = manifestProblems(file);
    if (problems.length === 0)
      console.log(
        `${file}: valid (resource ids, permissions${findSchemas().found ? ", XSD" : ""})`
      );
    for (const p of problems) console.error(`${file}: [${p.check}] ${p.message}`);
    failed ||= problems.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}
