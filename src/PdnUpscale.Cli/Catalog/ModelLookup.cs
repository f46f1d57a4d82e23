// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Catalog;

/// <summary>Turns the <c>-m</c> argument, a model id or an .onnx path, into an installed model.</summary>
internal static class ModelLookup
{
    /// <summary>
    /// Finds a model by id among the installed ones, or reads the description of an .onnx file. An id always
    /// wins: the argument is a path only when it holds a folder separator or ends in .onnx, so a file in the
    /// current folder that happens to be named like an id never replaces the model.
    /// </summary>
    /// <param name="idOrPath">The id, or the path of an .onnx file.</param>
    /// <returns>The model, with <see cref="ModelDescriptor.OnnxPath"/> set.</returns>
    /// <exception cref="ModelException">No such model, not installed, or the file is not a PdnUpscale ONNX model.</exception>
    public static ModelDescriptor Resolve(string idOrPath)
    {
        bool isPath = idOrPath.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase)
            || idOrPath.Contains(Path.DirectorySeparatorChar) || idOrPath.Contains(Path.AltDirectorySeparatorChar);
        if (isPath)
        {
            return !File.Exists(idOrPath) ? throw new ModelException($"{idOrPath}: no such model file.")
                : ModelCatalog.TryDescribe(idOrPath)
                ?? throw new ModelException($"{idOrPath}: the file is not a readable ONNX model with valid PdnUpscale metadata (import ncnn models with 'pdnupscale models import').");
        }

        ModelDescriptor? model = ModelCatalog.LoadBundled().Discover().FirstOrDefault(m => m.Id == idOrPath);
        return model switch
        {
            null => throw new ModelException($"{idOrPath}: no model has this id; 'pdnupscale models list' shows the ids (a model file is named with its folder, e.g. ./{idOrPath}.onnx)."),
            { OnnxPath: null } => throw new ModelException($"{idOrPath}: the model is in the catalog but not installed; run models/fetch to convert it."),
            _ => model,
        };
    }
}
