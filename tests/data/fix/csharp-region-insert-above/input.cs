#region Usings
using System;
#endregion

namespace Widgets;

public static class Spring { }
