{{/* Chart helpers. */}}
{{- define "chart.name" -}}
{{- .Chart.Name | trunc 63 -}}
{{- end -}}
