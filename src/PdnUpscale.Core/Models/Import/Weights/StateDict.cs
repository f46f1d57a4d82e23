// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;

namespace PdnUpscale.Core.Models.Import.Weights;

/// <summary>
/// A checkpoint's named weights (PyTorch's state dict), read from a .pth or .safetensors file, with the
/// look-ups architecture detection needs. Wrappers are already removed: see <see cref="Unwrap"/>.
/// </summary>
internal sealed class StateDict
{
    private static readonly string[] WrapperKeys = ["params_ema", "params-ema", "params", "model_state_dict", "state_dict", "model", "net"];
    private static readonly string[] KeyPrefixes = ["module.", "netG."];
    private readonly Dictionary<string, WeightTensor> tensors;

    /// <summary>Initializes a new instance of the <see cref="StateDict"/> class.</summary>
    /// <param name="file">The file the weights came from, for messages.</param>
    /// <param name="tensors">The weights by name.</param>
    public StateDict(string file, Dictionary<string, WeightTensor> tensors)
    {
        this.File = file;
        this.tensors = tensors;
    }

    /// <summary>Gets the file the weights came from.</summary>
    public string File { get; }

    /// <summary>Gets the names of the weights.</summary>
    public IEnumerable<string> Keys => this.tensors.Keys;

    /// <summary>Gets a weight.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ModelImportException">The checkpoint has no weight of that name.</exception>
    public WeightTensor this[string name]
        => this.tensors.TryGetValue(name, out WeightTensor? tensor) ? tensor : throw this.Error($"the weight '{name}' is missing");

    /// <summary>
    /// Picks the state dict out of a checkpoint's top-level object: the first dictionary among the wrapper
    /// keys Real-ESRGAN, BasicSR and other trainers use (EMA weights first), else a dictionary's single value,
    /// else the dictionary itself; then strips a <c>module.</c> or <c>netG.</c> prefix every key shares.
    /// </summary>
    /// <param name="file">The file, for messages.</param>
    /// <param name="root">The unpickled object: nested dictionaries whose leaves are tensors.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ModelImportException">No dictionary of tensors was found.</exception>
    public static StateDict Unwrap(string file, IReadOnlyDictionary<string, object?> root)
    {
        IReadOnlyDictionary<string, object?> dict = root;
        string? wrapper = WrapperKeys.FirstOrDefault(k => dict.TryGetValue(k, out object? v) && v is IReadOnlyDictionary<string, object?>);
        if (wrapper is not null)
        {
            dict = (IReadOnlyDictionary<string, object?>)dict[wrapper]!;
        }
        else if (dict.Count == 1 && dict.Values.Single() is IReadOnlyDictionary<string, object?> single)
        {
            dict = single;
        }

        var tensors = dict.Where(p => p.Value is WeightTensor).ToDictionary(p => p.Key, p => (WeightTensor)p.Value!, StringComparer.Ordinal);
        if (tensors.Count == 0)
        {
            throw new ModelImportException(file, "the file holds no weights (no dictionary of tensors was found)");
        }

        foreach (string prefix in KeyPrefixes)
        {
            if (tensors.Keys.All(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                tensors = tensors.ToDictionary(p => p.Key[prefix.Length..], p => p.Value, StringComparer.Ordinal);
            }
        }

        return new StateDict(file, tensors);
    }

    /// <summary>Gets a value indicating whether every one of the names is present.</summary>
    /// <param name="names">The names.</param>
    /// <returns>True when all are present.</returns>
    public bool HasAll(params string[] names) => names.All(this.tensors.ContainsKey);

    /// <summary>Gets a value indicating whether a weight is present.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when present.</returns>
    public bool Has(string name) => this.tensors.ContainsKey(name);

    /// <summary>
    /// Gets the length of a numbered sequence of modules: one more than the largest integer that follows
    /// <c>prefix.</c> in any name (0 when there is none).
    /// </summary>
    /// <param name="prefix">The sequence's name, e.g. <c>model</c> or <c>body</c>.</param>
    /// <returns>The length.</returns>
    public int SequenceLength(string prefix)
    {
        int longest = 0;
        foreach (string key in this.tensors.Keys)
        {
            if (key.Length > prefix.Length + 1 && key.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                string rest = key[(prefix.Length + 1)..];
                int dot = rest.IndexOf('.', StringComparison.Ordinal);
                if (int.TryParse(dot < 0 ? rest : rest[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                {
                    longest = Math.Max(longest, index + 1);
                }
            }
        }

        return longest;
    }

    /// <summary>Gets a weight after checking its shape.</summary>
    /// <param name="name">The name.</param>
    /// <param name="shape">The expected shape; -1 accepts any size in that dimension.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ModelImportException">The weight is missing or has another shape.</exception>
    public WeightTensor Get(string name, params long[] shape)
    {
        WeightTensor tensor = this[name];
        if (tensor.Shape.Length != shape.Length || tensor.Shape.Zip(shape).Any(p => p.Second >= 0 && p.First != p.Second))
        {
            throw this.Error($"the weight '{name}' has shape [{string.Join(", ", tensor.Shape)}], not [{string.Join(", ", shape.Select(d => d < 0 ? "any" : d.ToString(CultureInfo.InvariantCulture)))}]");
        }

        return tensor;
    }

    /// <summary>Creates an error about these weights.</summary>
    /// <param name="cause">What is wrong.</param>
    /// <returns>The exception to throw.</returns>
    public ModelImportException Error(string cause) => new(this.File, cause);
}
