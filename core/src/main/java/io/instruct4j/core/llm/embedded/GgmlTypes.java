package io.instruct4j.core.llm.embedded;

import java.util.Map;

/**
 * Bytes per block and values per block of the ggml tensor types, as llama.cpp's gguf-py lists them
 * ({@code GGML_QUANT_SIZES}), so the tensor data a GGUF file declares can be checked against the
 * file's length before llama.cpp maps it. A type missing here is not checked, never rejected:
 * llama.cpp knows types this table does not.
 */
final class GgmlTypes {

  private record Block(int values, int bytes) {}

  private static final int QK_K = 256;

  private static final Map<Integer, Block> BLOCKS = Map.ofEntries(
      Map.entry(0, new Block(1, 4)), // F32
      Map.entry(1, new Block(1, 2)), // F16
      Map.entry(2, new Block(32, 2 + 16)), // Q4_0
      Map.entry(3, new Block(32, 2 + 2 + 16)), // Q4_1
      Map.entry(6, new Block(32, 2 + 4 + 16)), // Q5_0
      Map.entry(7, new Block(32, 2 + 2 + 4 + 16)), // Q5_1
      Map.entry(8, new Block(32, 2 + 32)), // Q8_0
      Map.entry(9, new Block(32, 4 + 4 + 32)), // Q8_1
      Map.entry(10, new Block(QK_K, 2 + 2 + QK_K / 16 + QK_K / 4)), // Q2_K
      Map.entry(11, new Block(QK_K, 2 + QK_K / 4 + QK_K / 8 + 12)), // Q3_K
      Map.entry(12, new Block(QK_K, 2 + 2 + QK_K / 2 + 12)), // Q4_K
      Map.entry(13, new Block(QK_K, 2 + 2 + QK_K / 2 + QK_K / 8 + 12)), // Q5_K
      Map.entry(14, new Block(QK_K, 2 + QK_K / 2 + QK_K / 4 + QK_K / 16)), // Q6_K
      Map.entry(15, new Block(QK_K, 4 + QK_K + QK_K / 8)), // Q8_K
      Map.entry(16, new Block(QK_K, 2 + QK_K / 4)), // IQ2_XXS
      Map.entry(17, new Block(QK_K, 2 + QK_K / 4 + QK_K / 32)), // IQ2_XS
      Map.entry(18, new Block(QK_K, 2 + 3 * QK_K / 8)), // IQ3_XXS
      Map.entry(19, new Block(QK_K, 2 + QK_K / 8 + QK_K / 16)), // IQ1_S
      Map.entry(20, new Block(32, 2 + 16)), // IQ4_NL
      Map.entry(21, new Block(QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 8 + QK_K / 64)), // IQ3_S
      Map.entry(22, new Block(QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 32)), // IQ2_S
      Map.entry(23, new Block(QK_K, 2 + 2 + QK_K / 64 + QK_K / 2)), // IQ4_XS
      Map.entry(24, new Block(1, 1)), // I8
      Map.entry(25, new Block(1, 2)), // I16
      Map.entry(26, new Block(1, 4)), // I32
      Map.entry(27, new Block(1, 8)), // I64
      Map.entry(28, new Block(1, 8)), // F64
      Map.entry(29, new Block(QK_K, QK_K / 8 + QK_K / 16 + QK_K / 32)), // IQ1_M
      Map.entry(30, new Block(1, 2))); // BF16

  private GgmlTypes() {}

  /** The bytes a tensor of this type and element count takes, or -1 when the type is unknown here. */
  static long bytes(int type, long elements) {
    Block block = BLOCKS.get(type);
    if (block == null || elements % block.values() != 0) {
      return -1;
    }
    return elements / block.values() * block.bytes();
  }
}
