import { TOKEN_SORTS, type TokenFilter } from './token-filter.js';
import { Field } from './ui.js';

/** Narrowing a token list: part of the name, a status, and an order. */
export const TokenFilters = ({
  filter,
  onChange,
}: {
  filter: TokenFilter;
  onChange: (filter: TokenFilter) => void;
}) => (
  <div className="filters">
    <Field label="Find by name">
      {(props) => (
        <input
          {...props}
          type="search"
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      )}
    </Field>
    <Field label="Status">
      {(props) => (
        <select
          {...props}
          value={filter.status}
          onChange={(e) => onChange({ ...filter, status: e.target.value as TokenFilter['status'] })}
        >
          {(['all', 'active', 'disabled', 'revoked', 'expired'] as const).map((status) => (
            <option key={status} value={status}>
              {status === 'all' ? 'Any status' : status}
            </option>
          ))}
        </select>
      )}
    </Field>
    <Field label="Order">
      {(props) => (
        <select
          {...props}
          value={filter.sort}
          onChange={(e) => onChange({ ...filter, sort: e.target.value as TokenFilter['sort'] })}
        >
          {TOKEN_SORTS.map(([sort, label]) => (
            <option key={sort} value={sort}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  </div>
);
