// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;

namespace PdnUpscale.Core.Models;

/// <summary>
/// The ONNX <c>metadata_props</c> keys PdnUpscale writes, so any <c>*.onnx</c> that carries them describes
/// itself without the catalog. Every key starts with <c>pdnupscale.</c>.
/// </summary>
public static class ModelMetadata
{
    /// <summary>The key whose presence marks a PdnUpscale model.</summary>
    public const string IdKey = "pdnupscale.id";

    private const string Prefix = "pdnupscale.";

    /// <summary>Gets the metadata entries that describe a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="source">Where the weights came from (package@version and path, or the imported file).</param>
    /// <returns>The entries, keys in a fixed order.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> ToProperties(ModelDescriptor model, string source)
    {
        ModelGeometry g = model.Geometry;
        string[,] entries =
        {
            { "id", model.Id }, { "name", model.Name }, { "description", model.Description }, { "family", model.Family },
            { "purpose", model.Purpose.ToString() }, { "denoise", model.DenoiseLevel?.ToString(CultureInfo.InvariantCulture) ?? string.Empty },
            { "scale", Text(g.Scale) }, { "context_padding", Text(g.ContextPadding) }, { "border", Text(g.Border) },
            { "input_alignment", Text(g.InputAlignment) }, { "tile_exact", g.IsTileExact ? "true" : "false" },
            { "input_range", model.InputRange.ToString(CultureInfo.InvariantCulture) }, { "channel_order", model.IsBgr ? "BGR" : "RGB" },
            { "license", model.License }, { "source", source },
        };
        var list = new List<KeyValuePair<string, string>>();
        for (int i = 0; i < entries.GetLength(0); i++)
        {
            list.Add(new(Prefix + entries[i, 0], entries[i, 1]));
        }

        return list;
    }

    /// <summary>Tells whether metadata entries claim to be PdnUpscale's, whether or not they hold up.</summary>
    /// <param name="properties">The entries.</param>
    /// <returns>Whether any key carries PdnUpscale's prefix.</returns>
    public static bool ClaimsToBeOurs(IReadOnlyDictionary<string, string> properties) => properties.Keys.Any(k => k.StartsWith(Prefix, StringComparison.Ordinal));

    /// <summary>Reads a model description back from metadata entries.</summary>
    /// <param name="properties">The entries.</param>
    /// <param name="onnxPath">The file they came from.</param>
    /// <returns>The description, or null when the entries are not PdnUpscale's or are incomplete.</returns>
    public static ModelDescriptor? FromProperties(IReadOnlyDictionary<string, string> properties, string onnxPath)
    {
        string Get(string key) => properties.TryGetValue(Prefix + key, out string? v) ? v : string.Empty;
        bool Int(string key, out int value) => int.TryParse(Get(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        if (Get("id").Length == 0 || !Int("scale", out int scale) || scale < 1 || !Int("context_padding", out int padding)
            || !Int("border", out int border) || !Int("input_alignment", out int alignment) || !Enum.TryParse(Get("purpose"), out ModelPurpose purpose))
        {
            return null;
        }

        return new ModelDescriptor
        {
            Id = Get("id"),
            Name = Get("name").Length > 0 ? Get("name") : Get("id"),
            Description = Get("description"),
            Family = Get("family"),
            Purpose = purpose,
            DenoiseLevel = Int("denoise", out int denoise) ? denoise : null,
            Geometry = new ModelGeometry { Scale = scale, ContextPadding = padding, Border = border, InputAlignment = alignment, IsTileExact = Get("tile_exact") == "true" },
            InputRange = float.TryParse(Get("input_range"), NumberStyles.Float, CultureInfo.InvariantCulture, out float range) ? range : 1f,
            IsBgr = Get("channel_order") == "BGR",
            License = Get("license"),
            OnnxPath = onnxPath,
        };
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
