import { type ReactNode, useMemo, useState } from 'react';
import { WEBHOOK_EVENTS } from '../../../shared/domain/webhooks.js';
import { formErrorOf } from '../errors.js';
import { ResourceName } from '../resource-name.js';
import type { ScreenProps } from '../screen.js';
import { DataTable } from '../table.js';
import { Field, FormMessage, Loadable, OneTimeToken, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';
import {
  projectWebhookCalls,
  type WebhookCalls,
  type WebhookDelivery,
  workspaceWebhookCalls,
} from '../webhook-calls.js';
import { When } from '../when.js';

/** A workspace's or a project's webhook endpoints: add one (its secret shown once), test it, read its deliveries. */
export const Webhooks = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const { workspaceId, projectId } = params;
  const calls = useMemo(
    () =>
      workspaceId === undefined
        ? projectWebhookCalls(client, projectId!)
        : workspaceWebhookCalls(client, workspaceId),
    [client, workspaceId, projectId],
  );
  const crumbs: (readonly [ReactNode, string])[] =
    workspaceId === undefined
      ? [
          ['Projects', '/projects'],
          [<ResourceName client={client} type="project" id={projectId!} key="p" />, `/projects/${projectId}`],
        ]
      : [
          ['Workspaces', '/'],
          [
            <ResourceName client={client} type="workspace" id={workspaceId} key="w" />,
            `/workspaces/${workspaceId}`,
          ],
        ];
  return <WebhookScreen calls={calls} crumbs={crumbs} />;
};

const WebhookScreen = ({
  calls,
  crumbs,
}: {
  calls: WebhookCalls;
  crumbs: (readonly [ReactNode, string])[];
}) => {
  const { state, reload } = useLoad(() => calls.list(), [calls.owner]);
  const [secret, setSecret] = useState<string>();
  const [open, setOpen] = useState<string>();
  const [error, setError] = useState<string>();
  const act = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      reload();
    } catch (failure) {
      setError(formErrorOf(failure).message);
    }
  };
  return (
    <>
      <PageHeader title="Webhooks" crumbs={crumbs} />
      {secret !== undefined && (
        <OneTimeToken value={secret} what="signing secret" onDone={() => setSecret(undefined)} />
      )}
      <FormMessage message={error} />
      <Loadable state={state}>
        {(endpoints) => (
          <>
            {endpoints.length === 0 ? (
              <p className="empty">No webhook endpoints yet.</p>
            ) : (
              <DataTable
                label="Webhook endpoints"
                rows={endpoints}
                rowKey={(endpoint) => endpoint.id}
                columns={[
                  { header: 'URL', cell: (endpoint) => <code>{endpoint.url}</code> },
                  { header: 'Events', cell: (endpoint) => endpoint.events.join(', ') },
                  { header: 'Created', cell: (endpoint) => <When iso={endpoint.createdAt} /> },
                  {
                    header: 'Actions',
                    hiddenHeader: true,
                    className: 'row-actions',
                    cell: (endpoint) => (
                      <>
                        <button type="button" onClick={() => setOpen(endpoint.id)}>
                          Deliveries
                        </button>
                        <button type="button" onClick={() => act(() => calls.sendTest(endpoint.id))}>
                          Send test
                        </button>
                        <button
                          type="button"
                          className="danger"
                          onClick={() => act(() => calls.remove(endpoint.id))}
                        >
                          Delete
                        </button>
                      </>
                    ),
                  },
                ]}
              />
            )}
            {open !== undefined && <Deliveries calls={calls} webhookId={open} />}
            <AddEndpoint
              onAdd={async (body) => setSecret((await calls.create(body)).secret)}
              onAdded={reload}
            />
          </>
        )}
      </Loadable>
    </>
  );
};

/** An endpoint's latest deliveries: status, attempts, the last answer; failed ones can be sent again. */
const Deliveries = ({ calls, webhookId }: { calls: WebhookCalls; webhookId: string }) => {
  const { state, reload } = useLoad(() => calls.deliveries(webhookId), [webhookId]);
  const lastAnswer = (delivery: WebhookDelivery) => {
    const last = delivery.attempts.at(-1);
    if (last === undefined) return '—';
    return `${last.status ?? last.error ?? '—'} in ${last.durationMs} ms`;
  };
  return (
    <section aria-label="Deliveries" data-testid="deliveries">
      <h2>Deliveries</h2>
      <button type="button" onClick={reload}>
        Refresh
      </button>
      <Loadable state={state}>
        {(deliveries) =>
          deliveries.length === 0 ? (
            <p className="empty">No deliveries yet.</p>
          ) : (
            <DataTable
              label="Deliveries"
              rows={deliveries}
              rowKey={(delivery) => delivery.id}
              columns={[
                { header: 'Event', cell: (delivery) => delivery.type },
                { header: 'Status', cell: (delivery) => delivery.status },
                { header: 'Attempts', cell: (delivery) => String(delivery.attempts.length) },
                { header: 'Last answer', cell: lastAnswer },
                { header: 'At', cell: (delivery) => <When iso={delivery.createdAt} /> },
                {
                  header: 'Actions',
                  hiddenHeader: true,
                  className: 'row-actions',
                  cell: (delivery) =>
                    delivery.status === 'failed' ? (
                      <button
                        type="button"
                        onClick={async () => {
                          await calls.redeliver(webhookId, delivery.id);
                          reload();
                        }}
                      >
                        Redeliver
                      </button>
                    ) : null,
                },
              ]}
            />
          )
        }
      </Loadable>
    </section>
  );
};

const AddEndpoint = ({
  onAdd,
  onAdded,
}: {
  onAdd(body: { url: string; events: string[] }): Promise<void>;
  onAdded(): void;
}) => {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['token.created', 'token.revoked']);
  const [error, setError] = useState<string>();
  return (
    <form
      className="card"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(undefined);
        try {
          await onAdd({ url, events });
          setUrl('');
          onAdded();
        } catch (failure) {
          setError(formErrorOf(failure).message);
        }
      }}
    >
      <h2>Add an endpoint</h2>
      <Field label="Endpoint URL" hint="HTTPS; deliveries are signed (Standard Webhooks).">
        {(props) => (
          <input {...props} type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
        )}
      </Field>
      <fieldset>
        <legend>Events</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event}>
            <input
              type="checkbox"
              checked={events.includes(event)}
              onChange={(e) =>
                setEvents(e.target.checked ? [...events, event] : events.filter((other) => other !== event))
              }
            />{' '}
            {event}
          </label>
        ))}
      </fieldset>
      <FormMessage message={error} />
      <button type="submit">Add endpoint</button>
    </form>
  );
};
