import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DeliverySettings, NoteFormat } from '@shared/deliveries/contract';
import { rpcQuery } from '../rpc/query-keys';
import { lastNoteFormat, rememberNoteFormat } from './print-preferences';

/**
 * The paper and parts delivery notes print with here: the last choice made on this PC, else the company's
 * settings. Changing it is remembered for the next print. Undefined until the company's settings are in.
 */
export function useNoteFormat(): {
  format: NoteFormat | undefined;
  company: DeliverySettings | undefined;
  setFormat(next: NoteFormat): void;
} {
  const company = useQuery(rpcQuery('settings.delivery.get', {})).data;
  const [chosen, setChosen] = useState<NoteFormat>();
  const format =
    chosen ??
    (company &&
      (lastNoteFormat(company.parts) ?? { paper: company.paper, parts: company.parts, partMode: company.partMode }));
  return {
    format,
    company,
    setFormat(next) {
      setChosen(next);
      rememberNoteFormat(next);
    },
  };
}
