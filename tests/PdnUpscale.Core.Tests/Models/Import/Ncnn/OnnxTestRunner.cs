// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Core.Models.Import.Ncnn;

namespace PdnUpscale.Core.Tests.Models.Import.Ncnn;

/// <summary>Converts a test model with the importer and runs it through ONNX Runtime on the CPU.</summary>
internal static class OnnxTestRunner
{
    public static byte[] Convert(NcnnTestModel model)
    {
        NcnnNetwork network = NcnnParamReader.Read(model.ParamPath);
        return NcnnOnnxConverter.Convert(network, new NcnnWeightReader(model.BinPath)).ToByteArray();
    }

    public static Blob Run(NcnnTestModel model, Blob input) => Run(Convert(model), input);

    public static Blob Run(byte[] onnx, Blob input)
    {
        using var session = new InferenceSession(onnx);
        return Run(session, input);
    }

    public static Blob Run(InferenceSession session, Blob input)
    {
        using OrtValue value = OrtValue.CreateTensorValueFromMemory(input.Data, [1, input.C, input.H, input.W]);
        using var options = new RunOptions();
        using IDisposableReadOnlyCollection<OrtValue> outputs = session.Run(options, [session.InputNames[0]], [value], [session.OutputNames[0]]);
        long[] shape = outputs[0].GetTensorTypeAndShape().Shape;
        Assert.Equal(4, shape.Length);
        var result = new Blob((int)shape[1], (int)shape[2], (int)shape[3]);
        outputs[0].GetTensorDataAsSpan<float>().CopyTo(result.Data);
        return result;
    }

    /// <summary>Asserts same shape and values within a tolerance relative to the expected magnitude.</summary>
    public static void AssertClose(Blob expected, Blob actual, float tolerance = 1e-4f)
    {
        Assert.Equal((expected.C, expected.H, expected.W), (actual.C, actual.H, actual.W));
        for (int i = 0; i < expected.Data.Length; i++)
        {
            float e = expected.Data[i];
            if (Math.Abs(e - actual.Data[i]) > tolerance * Math.Max(1f, Math.Abs(e)))
            {
                Assert.Fail($"element {i}: expected {e}, got {actual.Data[i]}");
            }
        }
    }
}
