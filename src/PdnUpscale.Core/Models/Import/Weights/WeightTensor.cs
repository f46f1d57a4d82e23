// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models.Import.Weights;

/// <summary>One named tensor of a checkpoint, converted to 32-bit floats in row-major order.</summary>
/// <param name="Shape">The dimensions, outermost first.</param>
/// <param name="Data">The values, row-major; as many as the product of <paramref name="Shape"/>.</param>
internal sealed record WeightTensor(long[] Shape, float[] Data)
{
    /// <summary>Gets the size of dimension <paramref name="axis"/>, or 0 when the tensor has fewer dimensions.</summary>
    /// <param name="axis">The dimension.</param>
    /// <returns>The size.</returns>
    public int Dim(int axis) => axis < this.Shape.Length ? (int)this.Shape[axis] : 0;

    /// <summary>Gets the product of the dimensions (1 for a scalar).</summary>
    /// <param name="shape">The dimensions.</param>
    /// <returns>The element count, or -1 when it does not fit in an array.</returns>
    public static long Count(IEnumerable<long> shape)
    {
        long count = 1;
        foreach (long d in shape)
        {
            if (d < 0 || (d > 0 && count > Array.MaxLength / d))
            {
                return -1;
            }

            count *= d;
        }

        return count;
    }
}
