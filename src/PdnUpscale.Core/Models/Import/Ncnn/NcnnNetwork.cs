// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <summary>A parsed ncnn .param file: its layers in file order (which is also the .bin order).</summary>
internal sealed class NcnnNetwork
{
    /// <summary>Initializes a new instance of the <see cref="NcnnNetwork"/> class.</summary>
    /// <param name="paramPath">The .param file the layers came from.</param>
    /// <param name="layers">The layers in file order.</param>
    public NcnnNetwork(string paramPath, IReadOnlyList<NcnnLayer> layers)
    {
        this.ParamPath = paramPath;
        this.Layers = layers;
    }

    /// <summary>Gets the .param file the layers came from.</summary>
    public string ParamPath { get; }

    /// <summary>Gets the layers in file order.</summary>
    public IReadOnlyList<NcnnLayer> Layers { get; }

    /// <summary>Creates the exception for a problem with one layer.</summary>
    /// <param name="layer">The layer at fault.</param>
    /// <param name="cause">What is wrong.</param>
    /// <returns>The exception to throw.</returns>
    public NcnnImportException Error(NcnnLayer layer, string cause)
        => new(this.ParamPath, layer.Line, $"{layer.Type} layer '{layer.Name}' {cause}");
}
