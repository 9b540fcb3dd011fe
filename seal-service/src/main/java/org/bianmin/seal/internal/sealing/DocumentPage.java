package org.bianmin.seal.internal.sealing;

/**
 * One page of the document being sealed (GB/T 33190-2016): its number from 1 in the order of
 * Document.xml's page list, its object ID (what a {@code StampAnnot}'s {@code PageRef} names), the
 * path of its Content.xml and its physical box.
 */
record DocumentPage(int number, String id, String path, Box box) {
}
