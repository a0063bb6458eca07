package org.carepath.deployment;

/** A bean offered to models, for ModelExpressionManagerTest: one method of its own. */
@ForModels
public class SampleModelBean {

  public int twice(int value) {
    return 2 * value;
  }
}
