/** Addresses typed in one box, separated by commas, semicolons or spaces (half- or full-width). */
export function emailList(text?: string | null): string[] {
  return (text ?? '')
    .split(/[,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
