import type { OperationSpec, Role } from '../schemas';
import { contractFor } from '../schemas';
import type { Exchange, AuthKind } from '../wire';
import { jsonBody } from '../wire';
import type { Runtime } from './runtime';

/** v1.3-preview.1's settings operations (schemas/contract/v13.ts), sent with the key unless told otherwise. */
export class V13Api {
  constructor(private readonly rt: Runtime) {}

  /** The run's version's settings operation of a role (from the contract table). */
  op(role: Role): OperationSpec {
    const op = contractFor(this.rt.config.apiVersion).settings[role];
    if (!op) throw new Error(`${this.rt.config.apiVersion} has no ${role} operation`);
    return op;
  }

  /** GET /settings. */
  getSettings(auth: AuthKind = 'key'): Promise<Exchange> {
    const op = this.op('getSettings');
    return this.rt.client.send({ operationId: op.id, method: 'GET', path: op.path, auth });
  }

  /** PATCH /settings with a SettingsUpdate body. */
  patchSettings(body: unknown, auth: AuthKind = 'key'): Promise<Exchange> {
    const op = this.op('patchSettings');
    return this.rt.client.send({ operationId: op.id, method: 'PATCH', path: op.path, body: jsonBody(body), auth });
  }

  /** GET /settings/getClientAssetsAccessToken. */
  clientAssetsToken(auth: AuthKind = 'key'): Promise<Exchange> {
    const op = this.op('clientAssetsToken');
    return this.rt.client.send({ operationId: op.id, method: 'GET', path: op.path, auth });
  }
}
