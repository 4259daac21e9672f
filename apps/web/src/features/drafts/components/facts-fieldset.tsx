import type { ReactNode } from 'react';

/** One section of the company facts form, with its heading as the legend. */
export function FactsFieldset({ id, legend, children }: { id: string; legend: string; children: ReactNode }) {
  return (
    <fieldset id={id} className="panel">
      <legend>
        <h2>{legend}</h2>
      </legend>
      {children}
    </fieldset>
  );
}
