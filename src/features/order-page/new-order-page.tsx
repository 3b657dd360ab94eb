export function NewOrderPage() {
  return <h1 className="text-xl font-semibold">New order</h1>;
}
