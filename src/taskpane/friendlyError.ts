/** Turns an Office error into what a person understands, with what to do next. */
export function friendlyError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code ?? "";
  if (/SheetNameTaken|already exists and was not made/i.test(message)) return message;
  if (/RequestPayloadSizeLimitExceeded|PayloadTooLarge|payload/i.test(code + message)) {
    return "Excel refused a request as too large. Load fewer measures or types at a time, then load again.";
  }
  if (/ApiNotFound|requirement set|ExcelApi/i.test(code + message)) {
    return `This version of Excel lacks a feature the add-in needs (${message}). Update Office, or use Excel on the web.`;
  }
  if (/ItemAlreadyExists/i.test(code + message))
    return `A sheet, table or name of that name already exists (${message}). Rename yours, then try again.`;
  if (/InvalidReference|ItemNotFound/i.test(code + message)) {
    return `Something the add-in wrote is gone (${message}). Load the data into the workbook again.`;
  }
  return `${message} Nothing else was changed; try again, or reload the pane.`;
}
