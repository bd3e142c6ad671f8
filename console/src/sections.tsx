import { Link } from './router.js';

/** A part of a resource's screens, and the permission needed to read it. */
export interface Section {
  readonly label: string;
  readonly path: string;
  readonly needs: string;
}

/**
 * The tabs of a resource: only the sections the caller may read (its `viewerPermissions`), so no link
 * leads to a 403.
 */
export const SectionTabs = ({
  label,
  base,
  sections,
  permissions,
}: {
  label: string;
  base: string;
  sections: readonly Section[];
  permissions: readonly string[] | undefined;
}) => (
  <nav className="tabs" aria-label={label}>
    {sections
      .filter((section) => permissions?.includes(section.needs) ?? false)
      .map((section) => (
        <Link key={section.path} to={`${base}/${section.path}`}>
          {section.label}
        </Link>
      ))}
  </nav>
);
