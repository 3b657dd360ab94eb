import { render } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { it } from 'vitest';
function F() {
  const { register, formState } = useForm({ defaultValues: { x: 'b' } });
  const r = register('x');
  console.log('RENDER ready', formState.isReady);
  return (<form><select {...r} ref={(el) => { if (el) console.log('BEFORE', el.selectedIndex, el.value, el.multiple, el.size, el.type, [...el.options].map((o) => [o.defaultSelected, o.selected, o.disabled, o.parentElement?.tagName])); r.ref(el); if (el) console.log('AFTER', el.selectedIndex, el.value); }}><option value="">-</option><option value="a">A</option><option value="b">B</option></select></form>);
}
it('debug', async () => {
  const { container } = render(<F />);
  console.log('END', container.querySelector('select')?.value);
  await new Promise((r) => setTimeout(r, 50));
  console.log('END2', container.querySelector('select')?.value);
});
