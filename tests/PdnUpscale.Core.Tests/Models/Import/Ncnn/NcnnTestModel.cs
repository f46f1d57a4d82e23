// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using System.Text;

namespace PdnUpscale.Core.Tests.Models.Import.Ncnn;

/// <summary>Writes small hand-made ncnn .param/.bin pairs into a temporary folder.</summary>
internal sealed class NcnnTestModel : IDisposable
{
    private readonly List<string> lines = [];
    private readonly HashSet<string> blobs = [];
    private readonly MemoryStream bin = new();

    public NcnnTestModel()
    {
        this.Folder = Path.Combine(Path.GetTempPath(), "pdnupscale-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(this.Folder);
    }

    public string Folder { get; }

    public string ParamPath => Path.Combine(this.Folder, "model.param");

    public string BinPath => Path.Combine(this.Folder, "model.bin");

    /// <summary>Adds <c>Input</c> writing blob <c>data</c>.</summary>
    public NcnnTestModel Input(int channels = 3) => this.Layer("Input", "input", [], ["data"], $"0=8 1=8 2={channels}");

    public NcnnTestModel Layer(string type, string name, string[] bottoms, string[] tops, string parameters = "")
    {
        this.lines.Add($"{type} {name} {bottoms.Length} {tops.Length} {string.Join(' ', bottoms.Concat(tops))} {parameters}".TrimEnd());
        this.blobs.UnionWith(tops);
        return this;
    }

    /// <summary>Appends a tagged weight blob, fp32 (tag 0) or fp16 (tag 0x01306B47, padded to 4 bytes).</summary>
    public NcnnTestModel Tagged(float[] values, bool fp16 = false)
    {
        this.UInt32(fp16 ? 0x01306B47u : 0u);
        foreach (float v in values)
        {
            if (fp16)
            {
                this.bin.Write(BitConverter.GetBytes((Half)v));
            }
            else
            {
                this.Raw([v]);
            }
        }

        if (fp16 && values.Length % 2 == 1)
        {
            this.bin.Write(new byte[2]);
        }

        return this;
    }

    /// <summary>Appends an untagged fp32 blob (bias, slope, scale).</summary>
    public NcnnTestModel Raw(float[] values)
    {
        Span<byte> four = stackalloc byte[4];
        foreach (float v in values)
        {
            BinaryPrimitives.WriteSingleLittleEndian(four, v);
            this.bin.Write(four);
        }

        return this;
    }

    public NcnnTestModel UInt32(uint value)
    {
        this.bin.Write(BitConverter.GetBytes(value));
        return this;
    }

    /// <summary>Writes the pair; the header counts what was added unless overridden.</summary>
    public NcnnTestModel Write(string? header = null)
    {
        var text = new StringBuilder("7767517\n");
        text.Append(header ?? $"{this.lines.Count} {this.blobs.Count}").Append('\n');
        this.lines.ForEach(l => text.Append(l).Append('\n'));
        File.WriteAllText(this.ParamPath, text.ToString());
        File.WriteAllBytes(this.BinPath, this.bin.ToArray());
        return this;
    }

    public void Dispose()
    {
        this.bin.Dispose();
        Directory.Delete(this.Folder, recursive: true);
    }
}
