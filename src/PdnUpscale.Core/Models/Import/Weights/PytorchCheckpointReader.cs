// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;

namespace PdnUpscale.Core.Models.Import.Weights;

/// <summary>
/// Reads the weights of a PyTorch checkpoint (<c>torch.save</c>) without running any of it: the zip format of
/// torch 1.6 and later (<c>ROOT/data.pkl</c> plus one <c>ROOT/data/KEY</c> entry per storage) and the legacy
/// format before it (pickles in a row, then each storage's element count and bytes). Pickles go through
/// <see cref="SafePickleReader"/>.
/// </summary>
internal static class PytorchCheckpointReader
{
    private static readonly BigInteger LegacyMagic = BigInteger.Parse("119547037146038801333356", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads a checkpoint's state dict.</summary>
    /// <param name="file">The .pth file.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ModelImportException">The file is truncated, malformed, refers to code or holds no weights.</exception>
    public static StateDict Read(string file)
    {
        byte[] bytes = File.ReadAllBytes(file);
        object? root = bytes.AsSpan().StartsWith("PK"u8) ? ReadZip(file, bytes)
            : bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x80, 0x02]) ? ReadLegacy(file, bytes) // pickle protocol 2
            : throw new ModelImportException(file, "the file is not a PyTorch checkpoint (neither a zip archive nor a pickle)");
        return root is Dictionary<string, object?> dict
            ? StateDict.Unwrap(file, dict)
            : throw new ModelImportException(file, "the checkpoint holds no dictionary of weights");
    }

    private static object? ReadZip(string file, byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            ZipArchiveEntry? pickle = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("/data.pkl", StringComparison.Ordinal) && e.FullName.IndexOf('/', StringComparison.Ordinal) == e.FullName.Length - 9);
            if (pickle is null)
            {
                throw new ModelImportException(file, "the zip archive has no data.pkl, so it is not a PyTorch checkpoint");
            }

            string root = pickle.FullName[..^"data.pkl".Length];
            ZipArchiveEntry? byteOrder = zip.GetEntry(root + "byteorder");
            if (byteOrder is not null && System.Text.Encoding.ASCII.GetString(Entry(byteOrder)).Trim() != "little")
            {
                throw new ModelImportException(file, "the checkpoint was saved on a big-endian machine, which is not supported");
            }

            // torch stores entries uncompressed, so none can be larger than the file; a larger one is a zip bomb.
            byte[] Entry(ZipArchiveEntry entry) => entry.Length <= bytes.Length
                ? ReadEntry(entry)
                : throw new ModelImportException(file, $"the archive entry '{entry.FullName}' unpacks to {entry.Length} bytes, more than a checkpoint stores");
            var storages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            int position = 0;
            object? state = SafePickleReader.Read(file, Entry(pickle), ref position);
            return Resolve(file, state, storage =>
            {
                if (!storages.TryGetValue(storage.Key, out byte[]? data))
                {
                    ZipArchiveEntry entry = zip.GetEntry(root + "data/" + storage.Key) ?? throw new ModelImportException(file, $"the storage 'data/{storage.Key}' is missing from the archive");
                    storages[storage.Key] = data = Entry(entry);
                }

                return data;
            });
        }
        catch (InvalidDataException e)
        {
            throw new ModelImportException(file, "the file is not a complete zip archive (it is truncated or damaged)", e);
        }
    }

    private static object? ReadLegacy(string file, byte[] bytes)
    {
        int position = 0;
        object? magic = SafePickleReader.Read(file, bytes, ref position);
        if (magic is not BigInteger m || m != LegacyMagic)
        {
            throw new ModelImportException(file, "the file is neither a PyTorch checkpoint (zip or legacy) nor a .safetensors file");
        }

        object? version = SafePickleReader.Read(file, bytes, ref position);
        if (version is not 1001L)
        {
            throw new ModelImportException(file, $"the legacy checkpoint has protocol version {version}, not 1001");
        }

        SafePickleReader.Read(file, bytes, ref position); // system information (endianness, type sizes)
        object? state = SafePickleReader.Read(file, bytes, ref position);
        object? keys = SafePickleReader.Read(file, bytes, ref position);
        if (keys is not List<object?> keyList || keyList.Any(k => k is not string))
        {
            throw new ModelImportException(file, "the legacy checkpoint's list of storages is malformed");
        }

        // Each storage: an int64 element count, then its bytes, in the order of the key list.
        var storages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        CollectStorageSizes(state, sizes);
        foreach (string key in keyList.Cast<string>())
        {
            if (bytes.Length - position < 8 || !sizes.TryGetValue(key, out int elementSize))
            {
                throw new ModelImportException(file, "the file is truncated (a storage is missing)");
            }

            long count = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(position));
            position += 8;
            if (count < 0 || count > (bytes.Length - position) / elementSize)
            {
                throw new ModelImportException(file, "the file is truncated (a storage ends early)");
            }

            storages[key] = bytes.AsSpan(position, (int)count * elementSize).ToArray();
            position += (int)count * elementSize;
        }

        return Resolve(file, state, storage => storages.TryGetValue(storage.Key, out byte[]? data) ? data : throw new ModelImportException(file, $"the storage '{storage.Key}' is missing"));
    }

    // The legacy format records element counts, so reading past a storage needs its element size.
    private static void CollectStorageSizes(object? value, Dictionary<string, int> sizes)
    {
        switch (value)
        {
            case PickleTensor t:
                sizes[t.Storage.Key] = t.Storage.ElementSize;
                break;
            case Dictionary<string, object?> d:
                foreach (object? v in d.Values)
                {
                    CollectStorageSizes(v, sizes);
                }

                break;
            case IEnumerable<object?> items when value is not string:
                foreach (object? v in items)
                {
                    CollectStorageSizes(v, sizes);
                }

                break;
        }
    }

    // Replaces every float tensor in nested dictionaries by its values; integer tensors (step counters) are dropped.
    private static object? Resolve(string file, object? value, Func<PickleStorage, byte[]> storage)
    {
        switch (value)
        {
            case PickleTensor { Storage.Type: WeightType type } t:
                float[] data = type.Gather(storage(t.Storage), t.Offset, t.Shape, t.Stride)
                    ?? throw new ModelImportException(file, $"a tensor reaches outside its storage '{t.Storage.Key}' (the file is truncated or damaged)");
                return new WeightTensor(t.Shape, data);
            case PickleTensor:
                return null;
            case Dictionary<string, object?> d:
                foreach (string key in d.Keys.ToList())
                {
                    d[key] = Resolve(file, d[key], storage);
                }

                return d;
            default:
                return value;
        }
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
