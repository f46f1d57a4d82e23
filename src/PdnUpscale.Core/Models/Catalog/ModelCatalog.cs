// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using PdnUpscale.Core.Models.Import;
using PdnUpscale.Core.Models.Onnx;

namespace PdnUpscale.Core.Models.Catalog;

/// <summary>
/// The known models (<c>models/catalog.json</c>) and the installed ones: catalog models whose <c>ID.onnx</c>
/// is in a search folder, plus any other <c>*.onnx</c> there that carries PdnUpscale metadata.
/// </summary>
public sealed class ModelCatalog
{
    /// <summary>Initializes a new instance of the <see cref="ModelCatalog"/> class.</summary>
    /// <param name="entries">The catalog entries.</param>
    public ModelCatalog(IReadOnlyList<ModelCatalogEntry> entries) => this.Entries = entries;

    /// <summary>Gets the catalog entries in file order.</summary>
    public IReadOnlyList<ModelCatalogEntry> Entries { get; }

    /// <summary>Loads a catalog file.</summary>
    /// <param name="path">The <c>catalog.json</c> file.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidDataException">The file is not a valid catalog.</exception>
    public static ModelCatalog Load(string path)
    {
        try
        {
            CatalogFile file = JsonSerializer.Deserialize(File.ReadAllText(path), CatalogJsonContext.Default.CatalogFile) ?? new CatalogFile();
            return new ModelCatalog(file.Models);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: the model catalog is not valid JSON ({e.Message}).", e);
        }
    }

    /// <summary>Loads the bundled catalog, or an empty one when there is none.</summary>
    /// <returns>The catalog.</returns>
    public static ModelCatalog LoadBundled()
        => ModelLocations.FindBundledFolder() is string folder ? Load(Path.Combine(folder, ModelLocations.CatalogFileName)) : new ModelCatalog([]);

    /// <summary>Writes the catalog as indented JSON.</summary>
    /// <param name="path">The file to write.</param>
    public void Save(string path)
        => File.WriteAllText(path, JsonSerializer.Serialize(new CatalogFile { Models = [.. this.Entries] }, CatalogJsonContext.Default.CatalogFile) + "\n");

    /// <summary>Lists every known model, installed or not, and every foreign model with our metadata.</summary>
    /// <param name="folders">The folders to search; null for <see cref="ModelLocations.SearchFolders"/>.</param>
    /// <returns>The models, catalog order first; <see cref="ModelDescriptor.OnnxPath"/> is null when not installed.</returns>
    public IReadOnlyList<ModelDescriptor> Discover(IReadOnlyList<string>? folders = null)
    {
        folders ??= ModelLocations.SearchFolders();
        string[] files = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.onnx").Order(StringComparer.Ordinal)).ToArray();
        var result = new List<ModelDescriptor>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (ModelCatalogEntry entry in this.Entries)
        {
            string? path = files.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == entry.Id);
            claimed.Add(entry.Id);
            result.Add(entry.ToDescriptor(path));
        }

        foreach (string file in files.Where(f => !claimed.Contains(Path.GetFileNameWithoutExtension(f))))
        {
            if (TryDescribe(file) is ModelDescriptor model && claimed.Add(model.Id))
            {
                result.Add(model);
            }
        }

        return result;
    }

    /// <summary>Reads the PdnUpscale metadata of an ONNX file.</summary>
    /// <param name="onnxPath">The file.</param>
    /// <returns>The description, or null when the file is unreadable or carries no PdnUpscale metadata.</returns>
    public static ModelDescriptor? TryDescribe(string onnxPath)
    {
        try
        {
            return ModelMetadata.FromProperties(OnnxMetadataReader.Read(onnxPath), Path.GetFullPath(onnxPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Google.Protobuf.InvalidProtocolBufferException)
        {
            return null;
        }
    }

    /// <summary>
    /// Describes a model file given by path (<c>-m FILE</c>): an ONNX file with PdnUpscale metadata as it is; any other
    /// file <see cref="ModelImporter"/> takes (a plain .onnx, .pth, .safetensors) is imported into
    /// <paramref name="folder"/> first, under its file name and the start of its SHA-256, so the same file is
    /// converted once and never replaces a model the user imported under that name.
    /// </summary>
    /// <param name="path">The model file.</param>
    /// <param name="folder">Where imports go; <see cref="ModelLocations.UserFolder"/> for the hosts.</param>
    /// <returns>The model, or null when the file is neither.</returns>
    /// <exception cref="ModelImportException">The file cannot be imported, or its PdnUpscale metadata is broken.</exception>
    public static ModelDescriptor? DescribeOrImport(string path, string folder)
    {
        if (TryDescribe(path) is ModelDescriptor described)
        {
            return described;
        }

        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".param" || !ModelImporter.Extensions.Contains(extension))
        {
            return null;
        }

        if (HasBrokenMetadata(path))
        {
            throw new ModelImportException(path, "its PdnUpscale metadata does not hold up (every key present, a scale of at least 1), so the model is not used");
        }

        string id = $"{ModelImporter.DefaultId(path)}-{Sha256(path)[..8]}";
        return TryDescribe(Path.Combine(folder, id + ".onnx"))
            ?? ModelImporter.Import(new ModelImportRequest { ParamPath = path, Id = id, DestinationFolder = folder });
    }

    /// <summary>
    /// Tells whether an ONNX file carries PdnUpscale metadata that does not hold up (a scale of 0, a key missing):
    /// such a file is refused, not imported as a plain network whose scale would be measured, since what it
    /// says about itself is wrong.
    /// </summary>
    private static bool HasBrokenMetadata(string path)
    {
        try
        {
            return ModelMetadata.ClaimsToBeOurs(OnnxMetadataReader.Read(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Google.Protobuf.InvalidProtocolBufferException)
        {
            return false;
        }
    }

    /// <summary>Computes the SHA-256 of a file as lowercase hex.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The hash.</returns>
    public static string Sha256(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Hashes every installed model and compares catalog models with their recorded hash.</summary>
    /// <param name="folders">The folders to search; null for <see cref="ModelLocations.SearchFolders"/>.</param>
    /// <returns>One result per installed model.</returns>
    public IReadOnlyList<ModelVerification> Verify(IReadOnlyList<string>? folders = null)
    {
        var results = new List<ModelVerification>();
        foreach (ModelDescriptor model in this.Discover(folders).Where(m => m.OnnxPath is not null))
        {
            string actual = Sha256(model.OnnxPath!);
            string? expected = this.Entries.FirstOrDefault(e => e.Id == model.Id)?.OnnxSha256;
            results.Add(new ModelVerification(model.Id, model.OnnxPath!, actual, string.IsNullOrEmpty(expected) ? null : expected));
        }

        return results;
    }

    /// <summary>The file's shape: <c>{ "models": [ ... ] }</c>.</summary>
    internal sealed class CatalogFile
    {
        /// <summary>Gets or sets the entries.</summary>
        public List<ModelCatalogEntry> Models { get; set; } = [];
    }
}

/// <summary>
/// Compile-time JSON (de)serialisation of the catalog: no reflection on first use, which saved a one-shot
/// CLI run most of the time it spent loading the catalog.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ModelCatalog.CatalogFile))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
