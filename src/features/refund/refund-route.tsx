export function RefundRoute() {
  return null;
}
