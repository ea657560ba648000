/** Departments are the org chart: permissions and reports, never routing (DESIGN.md §1). */
export interface Department {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}
