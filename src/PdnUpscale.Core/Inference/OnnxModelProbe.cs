// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;

namespace PdnUpscale.Core.Inference;

/// <summary>
/// Reads the names of a model's free input dimensions (e.g. <c>batch</c>, <c>height</c>, <c>width</c>) once
/// per file, so sessions can pin them to the tile shape with <c>AddFreeDimensionOverrideByName</c>.
/// </summary>
internal static class OnnxModelProbe
{
    private static readonly ConcurrentDictionary<string, string[]> SymbolicInputDims = new(StringComparer.Ordinal);

    /// <summary>Gets the overrides that fix a model's NCHW input to one tile shape.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="width">The tile input width.</param>
    /// <param name="height">The tile input height.</param>
    /// <returns>The (dimension name, value) pairs; empty when the model's input shape is already fixed.</returns>
    public static IEnumerable<(string Name, long Value)> FreeDimensions(string path, int width, int height)
    {
        string[] names = SymbolicInputDims.GetOrAdd(Path.GetFullPath(path), ReadSymbolicDims);
        long[] values = [1, 3, height, width];
        for (int i = 0; i < names.Length && i < values.Length; i++)
        {
            if (!string.IsNullOrEmpty(names[i]))
            {
                yield return (names[i], values[i]);
            }
        }
    }

    private static string[] ReadSymbolicDims(string path)
    {
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL };
        using var session = new InferenceSession(path, options);
        NodeMetadata input = session.InputMetadata[session.InputNames[0]];
        return input.SymbolicDimensions;
    }
}
