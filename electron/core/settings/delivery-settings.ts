import type { Knex } from 'knex';
import { deliverySettings, type DeliverySettings } from '../../shared/deliveries/contract';
import { readSetting } from './settings-store';

export const DELIVERY_SETTINGS_KEY = 'deliveries';

/** Paper and parts of the delivery-note forms, and the days after which a missing 回单 is flagged. */
export const readDeliverySettings = (db: Knex | Knex.Transaction): Promise<DeliverySettings> =>
  readSetting(db, DELIVERY_SETTINGS_KEY, deliverySettings, deliverySettings.parse({}));
