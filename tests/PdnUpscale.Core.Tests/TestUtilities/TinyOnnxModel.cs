// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;

namespace PdnUpscale.Core.Tests.TestUtilities;

/// <summary>
/// Writes a tiny real ONNX model, field by field in protobuf (onnx.proto numbering): a 3×3 convolution from
/// 3 to 3·s² channels with zero padding, then DepthToSpace — a ×s super-resolution net with a receptive-field
/// radius of 1 and symbolic height/width, so the ONNX Runtime path runs in tests without a downloaded model.
/// </summary>
internal static class TinyOnnxModel
{
    public static string Write(string directory, int scale, int seed = 7)
    {
        int outChannels = 3 * scale * scale;
        var random = new Random(seed);
        float[] weights = Enumerable.Range(0, outChannels * 3 * 9).Select(_ => (float)((random.NextDouble() - 0.3) * 0.25)).ToArray();
        float[] bias = Enumerable.Range(0, outChannels).Select(_ => (float)(random.NextDouble() * 0.05)).ToArray();

        byte[] graph = Concat(
            Message(1, Node(["x", "w", "b"], ["features"], "Conv", Ints("kernel_shape", 3, 3), Ints("pads", 1, 1, 1, 1))),
            Message(1, Node(["features"], ["y"], "DepthToSpace", Int("blocksize", scale), Str("mode", "CRD"))),
            String(2, "tiny"),
            Message(5, Tensor("w", [outChannels, 3, 3, 3], weights)),
            Message(5, Tensor("b", [outChannels], bias)),
            Message(11, ValueInfo("x", "height", "width")),
            Message(12, ValueInfo("y", "out_height", "out_width")));
        byte[] model = Concat(
            Varint(1, 8),
            String(2, "PdnUpscale tests"),
            Message(7, graph),
            Message(8, Concat(String(1, string.Empty), Varint(2, 17))));
        string path = Path.Combine(directory, $"tiny-x{scale}.onnx");
        File.WriteAllBytes(path, model);
        return path;
    }

    private static byte[] Node(string[] inputs, string[] outputs, string op, params byte[][] attributes) =>
        Concat([.. inputs.Select(i => String(1, i)), .. outputs.Select(o => String(2, o)), String(4, op), .. attributes.Select(a => Message(5, a))]);

    private static byte[] Ints(string name, params long[] values) =>
        Concat([String(1, name), .. values.Select(v => Varint(8, v)), Varint(20, 7)]);

    private static byte[] Int(string name, long value) => Concat(String(1, name), Varint(3, value), Varint(20, 2));

    private static byte[] Str(string name, string value) => Concat(String(1, name), String(4, value), Varint(20, 3));

    private static byte[] Tensor(string name, long[] dims, float[] data)
    {
        byte[] raw = new byte[data.Length * 4];
        Buffer.BlockCopy(data, 0, raw, 0, raw.Length);
        return Concat([.. dims.Select(d => Varint(1, d)), Varint(2, 1), String(8, name), Bytes(9, raw)]);
    }

    private static byte[] ValueInfo(string name, string height, string width)
    {
        byte[] shape = Concat(
            Message(1, Varint(1, 1)),
            Message(1, Varint(1, 3)),
            Message(1, String(2, height)),
            Message(1, String(2, width)));
        byte[] tensorType = Concat(Varint(1, 1), Message(2, shape));
        return Concat(String(1, name), Message(2, Message(1, tensorType)));
    }

    private static byte[] Varint(int field, long value) => Write(o =>
    {
        o.WriteTag(field, WireFormat.WireType.Varint);
        o.WriteInt64(value);
    });

    private static byte[] String(int field, string value) => Write(o =>
    {
        o.WriteTag(field, WireFormat.WireType.LengthDelimited);
        o.WriteString(value);
    });

    private static byte[] Bytes(int field, byte[] value) => Write(o =>
    {
        o.WriteTag(field, WireFormat.WireType.LengthDelimited);
        o.WriteBytes(ByteString.CopyFrom(value));
    });

    private static byte[] Message(int field, byte[] body) => Bytes(field, body);

    private static byte[] Write(Action<CodedOutputStream> write)
    {
        using var stream = new MemoryStream();
        using (var output = new CodedOutputStream(stream, leaveOpen: true))
        {
            write(output);
        }

        return stream.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
