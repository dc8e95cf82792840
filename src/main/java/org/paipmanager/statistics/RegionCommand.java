package org.paipmanager.statistics;

import jakarta.validation.constraints.Size;

/**
 * The region the agency shares aggregate figures in (COO-5), such as a judicial circuit;
 * blank to share with nobody.
 */
public record RegionCommand(@Size(max = 100) String region) {
}
