// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Onnx;

/// <summary>
/// Reads only the <c>metadata_props</c> of an ONNX file, skipping the graph and its weights field by field,
/// so listing a folder of large models stays quick.
/// </summary>
internal static class OnnxMetadataReader
{
    /// <summary>Reads the metadata entries of an ONNX file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The entries; empty when the file has none.</returns>
    /// <exception cref="InvalidProtocolBufferException">The file is not a protobuf message.</exception>
    public static Dictionary<string, string> Read(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        using FileStream stream = File.OpenRead(path);
        using var input = new CodedInputStream(stream);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == ModelProto.MetadataPropsFieldNumber)
            {
                var entry = new StringStringEntryProto();
                input.ReadMessage(entry);
                entries[entry.Key] = entry.Value;
            }
            else
            {
                input.SkipLastField();
            }
        }

        return entries;
    }
}
