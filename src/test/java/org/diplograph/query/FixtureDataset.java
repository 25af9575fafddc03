package org.diplograph.query;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** The hand-written TriG fixture (fixture.trig, in the docs/graph.md shape) in an in-memory TDB2 dataset. */
final class FixtureDataset {
    private FixtureDataset() {
    }

    static Dataset load() {
        Dataset ds = TDB2Factory.connectDataset(Location.mem());
        String url = FixtureDataset.class.getResource("fixture.trig").toString();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, url));
        return ds;
    }
}
