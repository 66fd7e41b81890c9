package org.segmentum.sql;
