// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <summary>One line of an ncnn .param file: a layer with its inputs, outputs and parameters.</summary>
internal sealed class NcnnLayer
{
    /// <summary>Gets the layer type, e.g. <c>Convolution</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the layer name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the names of the blobs the layer reads.</summary>
    public required IReadOnlyList<string> Bottoms { get; init; }

    /// <summary>Gets the names of the blobs the layer writes.</summary>
    public required IReadOnlyList<string> Tops { get; init; }

    /// <summary>Gets the <c>k=v</c> parameters.</summary>
    public required NcnnParamDictionary Params { get; init; }

    /// <summary>Gets the 1-based line number in the .param file, for error messages.</summary>
    public required int Line { get; init; }
}
