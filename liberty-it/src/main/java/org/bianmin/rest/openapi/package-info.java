/**
 * The OpenAPI document at {@code /openapi}, completed so that a client can be written from it alone:
 * the JSON bodies described from the resource methods' Java types by the API's own JSON mapping,
 * enums with their constants, and the standards site description as its JSON Schema.
 */
package org.bianmin.rest.openapi;
