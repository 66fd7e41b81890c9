package org.segmentum.model;

/**
 * A product category; categories form a tree.
 *
 * @param id the category id
 * @param name the category name, null when absent
 * @param parentId the parent category's id, null for a root
 */
public record Category(long id, String name, Long parentId) {}
