// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <summary>
/// Reads the text form of an ncnn .param file: the magic <c>7767517</c>, the layer and blob counts, then one
/// layer per line: <c>type name bottom_count top_count bottoms… tops… k=v…</c>.
/// </summary>
internal static class NcnnParamReader
{
    private const string Magic = "7767517";

    /// <summary>Reads and checks a .param file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The network.</returns>
    /// <exception cref="NcnnImportException">The file is not a well-formed ncnn .param file.</exception>
    public static NcnnNetwork Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != Magic)
        {
            throw new NcnnImportException(path, 1, $"the file does not start with the ncnn magic number {Magic} (binary .param files are not supported)");
        }

        string[] counts = lines.Length > 1 ? Tokens(lines[1]) : [];
        if (counts.Length != 2 || !TryCount(counts[0], out int layerCount) || !TryCount(counts[1], out int blobCount))
        {
            throw new NcnnImportException(path, 2, "expected the layer count and blob count");
        }

        var layers = new List<NcnnLayer>(layerCount);
        var blobs = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 2; i < lines.Length; i++)
        {
            string[] tokens = Tokens(lines[i]);
            if (tokens.Length > 0)
            {
                NcnnLayer layer = ParseLayer(path, i + 1, tokens);
                layers.Add(layer);
                blobs.UnionWith(layer.Tops);
            }
        }

        if (layers.Count != layerCount)
        {
            throw new NcnnImportException(path, 2, $"the header announces {layerCount} layers but the file has {layers.Count}");
        }

        if (blobs.Count != blobCount)
        {
            throw new NcnnImportException(path, 2, $"the header announces {blobCount} blobs but the layers write {blobs.Count}");
        }

        return new NcnnNetwork(path, layers);
    }

    private static NcnnLayer ParseLayer(string path, int line, string[] tokens)
    {
        if (tokens.Length < 4 || !TryCount(tokens[2], out int bottomCount) || !TryCount(tokens[3], out int topCount))
        {
            throw new NcnnImportException(path, line, "a layer line must start with type, name, input count and output count");
        }

        int first = 4 + bottomCount + topCount;
        if (tokens.Length < first)
        {
            throw new NcnnImportException(path, line, $"layer '{tokens[1]}' names fewer than its {bottomCount} inputs and {topCount} outputs");
        }

        var parameters = new NcnnParamDictionary(path, line);
        for (int t = first; t < tokens.Length; t++)
        {
            parameters.Add(tokens[t]);
        }

        return new NcnnLayer
        {
            Type = tokens[0],
            Name = tokens[1],
            Bottoms = tokens[4..(4 + bottomCount)],
            Tops = tokens[(4 + bottomCount)..first],
            Params = parameters,
            Line = line,
        };
    }

    private static string[] Tokens(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool TryCount(string text, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
