import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema';

// The schema is the third-party API's documentation: an undocumented element is a bug.
describe('schema documentation', () => {
  it('describes every type, field, argument, enum value and input field', () => {
    expect(undocumentedElements()).toEqual([]);
  });
});

describe('lists', () => {
  /** Query fields that may stay plain lists, each with the reason why. */
  const plainListAllowed = new Map<string, string>();

  it('are Relay connections on every Query field', () => {
    const plainLists = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => isListType(getNullableType(field.type)) && !plainListAllowed.has(field.name))
      .map((field) => `Query.${field.name}: ${String(field.type)}`);
    expect(plainLists).toEqual([]);
  });

  it('page forward with first and after on every connection field', () => {
    const withoutPaging = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
      .filter((field) => !['first', 'after'].every((name) => field.args.some((arg) => arg.name === name)))
      .map((field) => `Query.${field.name}`);
    expect(withoutPaging).toEqual([]);
  });
});

/** Every element without a description, as `Type`, `Type.field`, `Type.field(argument)` or `Enum.VALUE`. */
function undocumentedElements(): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isBuiltIn(type)) continue;
    // The root types are the spec's entry points, named by it; their fields carry the documentation.
    if (!isRootType(type)) check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

function isBuiltIn(type: GraphQLNamedType): boolean {
  return isIntrospectionType(type) || isSpecifiedScalarType(type);
}

function isRootType(type: GraphQLNamedType): boolean {
  return type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
}
