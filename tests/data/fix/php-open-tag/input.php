<?php

echo 'hi';
