// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Import;

namespace PdnUpscale.Core.Models;

/// <summary>
/// The models a host knows (the catalog's, found in its model folders) and the one rule for turning a user's
/// choice into an installed model: ids first, then a path to an <c>.onnx</c> file, then the denoise variant.
/// </summary>
public sealed class ModelLibrary
{
    /// <summary>Initializes a new instance of the <see cref="ModelLibrary"/> class.</summary>
    /// <param name="models">Every known model; those with an existing ONNX file are installed.</param>
    public ModelLibrary(IEnumerable<ModelDescriptor> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        this.Known = [.. models];
        this.Installed = [.. this.Known.Where(m => m.OnnxPath is not null && File.Exists(m.OnnxPath))];
    }

    /// <summary>Gets every known model, installed or not, in catalog order.</summary>
    public IReadOnlyList<ModelDescriptor> Known { get; }

    /// <summary>Gets the installed models in catalog order.</summary>
    public IReadOnlyList<ModelDescriptor> Installed { get; }

    /// <summary>Loads the bundled catalog and finds its models in the standard model folders.</summary>
    /// <returns>The library.</returns>
    public static ModelLibrary Discover() => new(ModelCatalog.LoadBundled().Discover());

    /// <summary>Loads a catalog file (if it exists) and finds its models in the given folders.</summary>
    /// <param name="catalogPath">The catalog file; a missing one means no catalog models.</param>
    /// <param name="folders">The folders to look in.</param>
    /// <returns>The library.</returns>
    public static ModelLibrary Discover(string catalogPath, IReadOnlyList<string> folders)
        => new((File.Exists(catalogPath) ? ModelCatalog.Load(catalogPath) : new ModelCatalog([])).Discover(folders));

    /// <summary>
    /// Finds the model a user named: an installed model by id, else a model file: an <c>.onnx</c> file with
    /// PdnUpscale metadata as it is, or a <c>.pth</c>, <c>.safetensors</c> or plain <c>.onnx</c> file imported once
    /// into the per-user folder (<see cref="ModelCatalog.DescribeOrImport"/>). A name is read as a path only when
    /// it has a folder separator or a model file's extension, so a file that happens to carry a model's id never
    /// shadows the model.
    /// </summary>
    /// <param name="idOrPath">The id, or the path of a model file.</param>
    /// <returns>The model, with <see cref="ModelDescriptor.OnnxPath"/> set.</returns>
    /// <exception cref="UpscaleException">No such model, not installed, or the file is not a PdnUpscale ONNX model.</exception>
    public ModelDescriptor Resolve(string idOrPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(idOrPath);
        if (this.Installed.FirstOrDefault(m => m.Id == idOrPath) is { } installed)
        {
            return installed;
        }

        bool looksLikePath = ModelImporter.Extensions.Contains(Path.GetExtension(idOrPath).ToLowerInvariant())
            || idOrPath.Contains(Path.DirectorySeparatorChar) || idOrPath.Contains(Path.AltDirectorySeparatorChar);
        if (looksLikePath)
        {
            return !File.Exists(idOrPath) ? throw new UpscaleException(UpscaleErrorKind.Model, $"{idOrPath}: no such model file.")
                : ModelCatalog.DescribeOrImport(idOrPath, ModelLocations.UserFolder)
                ?? throw new UpscaleException(UpscaleErrorKind.Model, $"{idOrPath}: the file is not a model file PdnUpscale reads (.onnx, .pth, .safetensors; import ncnn models with 'pdnupscale models import').");
        }

        return this.Known.Any(m => m.Id == idOrPath)
            ? throw new UpscaleException(UpscaleErrorKind.Model, $"{idOrPath}: the model is in the catalog but not installed; run models/fetch to convert it.")
            : throw new UpscaleException(UpscaleErrorKind.Model, $"{idOrPath}: no model has this id; 'pdnupscale models list' shows the ids.");
    }

    /// <summary>
    /// Gets the installed variant of <paramref name="model"/> with another denoise level (same family, scale and
    /// id stem), or the model itself with a note when it has no such variant.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="level">The denoise level asked for, or null for the model's own.</param>
    /// <returns>The model to run, and a sentence when the level could not be honoured (else null).</returns>
    public (ModelDescriptor Model, string? Note) WithDenoiseLevel(ModelDescriptor model, int? level)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (level is not int wanted || model.DenoiseLevel == wanted)
        {
            return (model, null);
        }

        ModelDescriptor? sibling = model.DenoiseLevel is null ? null : this.Installed.FirstOrDefault(m => IsSibling(m, model) && m.DenoiseLevel == wanted);
        return sibling is not null
            ? (sibling, null)
            : (model, model.DenoiseLevel is int own
                ? string.Create(CultureInfo.InvariantCulture, $"{model.Name} has no installed variant with denoise level {wanted}; used its own level {own}.")
                : string.Create(CultureInfo.InvariantCulture, $"{model.Name} has no denoise levels; denoise level {wanted} was not applied."));
    }

    /// <summary>Describes every installed model with its license, for help texts.</summary>
    /// <returns>One paragraph per model.</returns>
    public string DescribeInstalled()
    {
        var text = new StringBuilder();
        foreach (ModelDescriptor m in this.Installed)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Name} [{m.Id}]: {m.Description} Native scale {m.Geometry.Scale}×");
            text.Append(m.DenoiseLevel is int d ? string.Create(CultureInfo.InvariantCulture, $", denoise level {d}") : string.Empty);
            text.Append(CultureInfo.InvariantCulture, $". License: {m.License}.\n\n");
        }

        return text.Length == 0 ? "No model is installed: the 'models' folder is missing." : text.ToString().TrimEnd();
    }

    // Variants of one model differ only in their denoise suffix: same family, scale and first two id parts.
    private static bool IsSibling(ModelDescriptor a, ModelDescriptor b)
        => a.Family == b.Family && a.Geometry.Scale == b.Geometry.Scale && Stem(a.Id) == Stem(b.Id);

    private static string Stem(string id) => string.Join('-', id.Split('-').Take(2));
}
