# Rack configuration.
run App
