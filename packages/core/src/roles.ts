/**
 * The roles people play in a case or a complaint. Records store the ids; people see the labels,
 * rendered through a terminology profile (`renderLabel(role.label, profile)`), so "perpetrator" or
 * "person who uses harm" follows the borough's choice.
 * @module
 */
import * as z from "zod";
import { checkArgument } from "./argument-checks.js";

/**
 * The role ids:
 * - `child`: a child in the family;
 * - `non-abusive-parent`: the parent who is not abusive (in S&T, usually the adult victim-survivor);
 * - `victim-survivor`: an adult harmed by the domestic abuse who is not a parent of the child;
 * - `perpetrator`: the person who harms;
 * - `other-family-member`: a relative who is none of the above (a grandparent, an adult sibling);
 * - `other-adult`: any other adult, in the household or not;
 * - `practitioner`: the worker holding the case, or another worker of the children's service;
 * - `partner-agency-professional`: a professional of another agency (police, school, health, housing);
 * - `complainant`: whoever made a complaint, whatever their other role;
 * - `representative`: someone acting for another (an MP, a councillor, a solicitor, an advocate).
 */
export const roleIds = [
  "child",
  "non-abusive-parent",
  "victim-survivor",
  "perpetrator",
  "other-family-member",
  "other-adult",
  "practitioner",
  "partner-agency-professional",
  "complainant",
  "representative",
] as const;

/** One of the {@link roleIds}. */
export type RoleId = (typeof roleIds)[number];

/** A zod enum of the {@link roleIds}. */
export const roleIdSchema = z.enum(roleIds);

/** A role people play in a case or a complaint. */
export interface Role {
  /** The stable id, one of the {@link roleIds}. */
  readonly id: RoleId;
  /** The label template, capitalised for a list or a drop-down, e.g. `"{Perpetrator}"`. */
  readonly label: string;
  /** Who takes this role, as a label template. */
  readonly description: string;
}

/** Every role, in the order of {@link roleIds}. */
export const roles: readonly Role[] = Object.freeze(
  [
    { id: "child", label: "{Child}", description: "A child in the family." },
    {
      id: "non-abusive-parent",
      label: "{NonAbusiveParent}",
      description: "The parent who is not abusive; usually the adult harmed by the {perpetrator}.",
    },
    {
      id: "victim-survivor",
      label: "{VictimSurvivor}",
      description: "An adult harmed by the {perpetrator} who is not a parent of the {child}.",
    },
    { id: "perpetrator", label: "{Perpetrator}", description: "The person who harms." },
    {
      id: "other-family-member",
      label: "Other family member",
      description: "A relative who has none of the roles above, such as a grandparent or an adult sibling.",
    },
    { id: "other-adult", label: "Other adult", description: "Any other adult, in the household or not." },
    {
      id: "practitioner",
      label: "{Practitioner}",
      description: "The worker holding the case, or another worker of the children's service.",
    },
    {
      id: "partner-agency-professional",
      label: "Partner agency professional",
      description: "A professional of another agency, such as the police, a school, health or housing.",
    },
    { id: "complainant", label: "{Complainant}", description: "Whoever made a complaint, whatever their other role." },
    {
      id: "representative",
      label: "Representative",
      description: "Someone acting for another person, such as an MP, a councillor, a solicitor or an advocate.",
    },
  ].map((role) => Object.freeze(role as Role)),
);

const roleById = new Map(roles.map((role) => [role.id, role]));

/** The role with an id, or `undefined` when the id is not one of the {@link roleIds}. */
export function findRole(id: string): Role | undefined {
  checkArgument(id, "text", { fn: "findRole", argument: "id", label: "Role id" });
  return roleById.get(id as RoleId);
}
