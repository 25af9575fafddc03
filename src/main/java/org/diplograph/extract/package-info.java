/**
 * The German extraction pipeline. Every stage implements {@link org.diplograph.extract.Extractor}: it
 * reads the {@link org.diplograph.extract.Layer layers} earlier stages produced and returns immutable
 * records with character offsets into the article text. {@link org.diplograph.extract.GermanPipeline}
 * assembles the stages in order, top to bottom; sub-packages hold one kind of extractor each (sentences,
 * time, entities, events). Extraction knows nothing about RDF.
 */
package org.diplograph.extract;
