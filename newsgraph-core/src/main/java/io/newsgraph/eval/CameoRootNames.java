package io.newsgraph.eval;

import io.newsgraph.extract.CameoCodes;

import java.util.Map;
import java.util.TreeMap;

/** Score rows keyed by CAMEO root code, relabelled "13 threaten" for the reader; the order stays by code. */
public final class CameoRootNames {
    private CameoRootNames() {
    }

    public static Map<String, Counts> label(Map<String, Counts> perRoot) {
        Map<String, Counts> out = new TreeMap<>();
        perRoot.forEach((root, c) -> out.put(CameoCodes.get().label(root), c));
        return out;
    }
}
