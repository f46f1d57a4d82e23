// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <summary>
/// The <c>k=v</c> parameters of one ncnn layer. Keys 0–19999 hold one number; a key written as
/// <c>-233xx=n,v1,…,vn</c> holds an array for id <c>xx</c>. Values stay text until read, because ncnn
/// decides int or float by the reader, not the writer.
/// </summary>
internal sealed class NcnnParamDictionary
{
    private const int ArrayKeyBase = -23300;
    private readonly Dictionary<int, string[]> values = [];
    private readonly string file;
    private readonly int line;

    /// <summary>Initializes a new instance of the <see cref="NcnnParamDictionary"/> class.</summary>
    /// <param name="file">The .param file, for error messages.</param>
    /// <param name="line">The line the parameters are on, for error messages.</param>
    public NcnnParamDictionary(string file, int line)
    {
        this.file = file;
        this.line = line;
    }

    /// <summary>Parses one <c>k=v</c> token and stores it.</summary>
    /// <param name="token">The token as written in the file.</param>
    public void Add(string token)
    {
        int eq = token.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || !int.TryParse(token.AsSpan(0, eq), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int key))
        {
            throw this.Error($"'{token}' is not a key=value parameter");
        }

        string[] parts = token[(eq + 1)..].Split(',');
        if (key <= ArrayKeyBase)
        {
            if (!int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) || count != parts.Length - 1)
            {
                throw this.Error($"array parameter '{token}' does not start with its element count");
            }

            this.values[ArrayKeyBase - key] = parts[1..];
        }
        else if (parts.Length != 1 || parts[0].Length == 0)
        {
            throw this.Error($"parameter '{token}' has no single value");
        }
        else
        {
            this.values[key] = parts;
        }
    }

    /// <summary>Gets whether the id has a value.</summary>
    /// <param name="id">The parameter id.</param>
    /// <returns>True when the layer sets the parameter.</returns>
    public bool Contains(int id) => this.values.ContainsKey(id);

    /// <summary>Gets an integer parameter.</summary>
    /// <param name="id">The parameter id.</param>
    /// <param name="fallback">The value when the parameter is absent.</param>
    /// <returns>The value.</returns>
    public int GetInt(int id, int fallback)
        => this.values.TryGetValue(id, out string[]? v) ? this.ParseInt(id, v[0]) : fallback;

    /// <summary>Gets a float parameter.</summary>
    /// <param name="id">The parameter id.</param>
    /// <param name="fallback">The value when the parameter is absent.</param>
    /// <returns>The value.</returns>
    public float GetFloat(int id, float fallback)
        => this.values.TryGetValue(id, out string[]? v) ? this.ParseFloat(id, v[0]) : fallback;

    /// <summary>Gets an integer array parameter (written with key <c>-23300 - id</c>).</summary>
    /// <param name="id">The parameter id.</param>
    /// <returns>The values, empty when absent.</returns>
    public int[] GetIntArray(int id)
        => this.values.TryGetValue(id, out string[]? v) ? Array.ConvertAll(v, s => this.ParseInt(id, s)) : [];

    /// <summary>Gets a float array parameter (written with key <c>-23300 - id</c>).</summary>
    /// <param name="id">The parameter id.</param>
    /// <returns>The values, empty when absent.</returns>
    public float[] GetFloatArray(int id)
        => this.values.TryGetValue(id, out string[]? v) ? Array.ConvertAll(v, s => this.ParseFloat(id, s)) : [];

    private int ParseInt(int id, string text)
        => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw this.Error($"parameter {id} value '{text}' is not an integer");

    private float ParseFloat(int id, string text)
        => float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value)
            ? value
            : throw this.Error($"parameter {id} value '{text}' is not a number");

    private NcnnImportException Error(string cause) => new(this.file, this.line, cause);
}
